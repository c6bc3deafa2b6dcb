"""Sixty-second held-out part ``dp``, cases dp001–dp014: an Arabic satellite channel's Prague
office writing right to left with its addresses, e-mail and phone embedded left to right (LRM
marks, as Gmail leaves them), an Israeli news site in Hebrew with Outlook's LRE/PDF around a
/31 and its e-mail, a Chinese weekly in Prague with full-width punctuation around the
addresses, a Korean broadcaster's Berlin bureau with the contact written both ways, a Japanese
freelancer's addresses in 「」 and （）, a Polish podcast that needs the feed and also wants to
film how the results come in, a Hungarian publisher with a netmask, Croatian 'odnosno', a
Slovenian student radio with IPv6, an Irish-language radio filming only, a Maltese portal with
a replaced address, an Albanian TV applying for a later election, a Macedonian portal in
Cyrillic withdrawing its filming request and a Ukrainian freelancer with a Ukrainian and a
Czech phone. Written by hand apart from the extraction rules (see make_sixtysecond_dp); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dp_common import (
    APPLE,
    EM_CLIENT,
    FEED,
    FILM,
    FOXMAIL,
    GMAIL,
    HORDE,
    IPHONE,
    K9,
    LRE,
    LRM,
    MAC_OUTLOOK,
    OUTLOOK,
    PDF_,
    RLM,
    ROUNDCUBE,
    SAMSUNG,
    SPARK,
    TBIRD,
    L,
    Style,
)

_AR_NAME = "كريم حداد"
_AR_BODY = (
    "السادة المحترمون في مكتب الإحصاء التشيكي،\n\n"
    "تحية طيبة وبعد،\n\n"
    "نحن مكتب قناة «المنارة» الإخبارية في براغ، التابعة لشركة Al-Manara Media FZ-LLC "
    "(دبي). نرغب في الحصول على حق الوصول إلى خادم نتائج الانتخابات بصيغة XML لتغطية "
    "انتخابات مجلس النواب التشيكي مباشرةً على شاشتنا وموقعنا الإلكتروني.\n\n"
    f"عناوين IP لخوادم الإنتاج: {LRM}203.0.113.61{LRM} و{LRM}203.0.113.62{LRM}\n"
    f"عنوان IP لخادم الاختبار: {LRM}203.0.113.69{LRM}\n\n"
    "لا نحتاج إلى تصريح بالتصوير.\n\n"
    f"الشخص المسؤول عن التواصل: {_AR_NAME}، مدير مكتب براغ\n"
    f"البريد الإلكتروني: {LRM}k.haddad@almanara-media.example{LRM}\n"
    f"الهاتف: {LRM}+420 776 204 118{LRM}\n\n"
    "مع خالص التحية،\n"
    f"{_AR_NAME}\n"
    "قناة المنارة – مكتب براغ\n"
    "Al-Manara Media FZ-LLC\n"
)


def _rtl_html(text: str) -> str:
    paragraphs = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="rtl">{paragraphs}</div>'


CASES: list[dict[str, Any]] = [
    {
        "id": "dp001-ar-satellite-channel-bidi-lrm",
        "description": "Arabic satellite channel's Prague office writes right to left; the "
        "addresses, the e-mail and the phone are embedded left to right between LRM marks "
        "(U+200E) as Gmail leaves them; the company name in Latin letters after the word "
        "'شركة' (company), which is no part of it; the contact in Arabic script everywhere, "
        "the sender's display name too; text and RTL HTML alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Al-Manara Media FZ-LLC",
            None,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            _AR_NAME,
            "k.haddad@almanara-media.example",
            "+420776204118",
        ),
        "from": f"{_AR_NAME} <k.haddad@almanara-media.example>",
        "subject": "طلب الوصول إلى نتائج الانتخابات بصيغة XML – قناة المنارة",
        "headers": GMAIL,
        "body": _AR_BODY,
        "html": _rtl_html(_AR_BODY),
    },
    {
        "id": "dp002-he-news-site-outlook-lre-slash31",
        "description": "Israeli news site writes Hebrew from Outlook, which wraps every "
        "left-to-right run (the /31, the test address, the phone, the e-mail) in LRE…PDF "
        "(U+202A/U+202C) and sets RLMs after them; the /31 is two production addresses; the "
        "company's English name with 'Ltd.' inside the Hebrew text; the contact in Hebrew",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Shfela News Ltd.",
            None,
            None,
            ["198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "נועה לוי",
            "noa.levi@shfela-news.example",
            "+972545550137",
        ),
        "from": "נועה לוי <noa.levi@shfela-news.example>",
        "subject": "בקשה לגישה לשרת XML של תוצאות הבחירות בצ'כיה",
        "headers": OUTLOOK,
        "body": "שלום רב,\n\n"
        f'אתר החדשות "השפלה" ({LRE}Shfela News Ltd.{PDF_}{RLM}, רחובות) מבקש גישה לשרת ה-XML '
        "של תוצאות הבחירות לבית הנבחרים הצ'כי, לצורך עדכון חי באתר בליל הבחירות.\n\n"
        "כתובות השרתים שלנו:\n"
        f"שרת ייצור: {LRE}198.51.100.66/31{PDF_}{RLM} (שתי כתובות)\n"
        f"שרת בדיקות: {LRE}198.51.100.70{PDF_}{RLM}\n\n"
        "איננו מבקשים אישור צילום.\n\n"
        "איש הקשר: נועה לוי, עורכת חדשות החוץ\n"
        f"טלפון: {LRE}+972-54-555-0137{PDF_}{RLM}\n"
        f'דוא"ל: {LRE}noa.levi@shfela-news.example{PDF_}{RLM}\n\n'
        "בברכה,\n"
        "נועה לוי\n"
        f"{LRE}Shfela News Ltd.{PDF_}\n",
    },
    {
        "id": "dp003-zh-weekly-fullwidth-punctuation",
        "description": "Chinese-language weekly in Prague writes Chinese (base64, Foxmail): the "
        "addresses typed in ASCII but set between full-width colons, the enumeration comma "
        "'、', a full-width semicolon and the ideographic full stop; the weekly's publisher "
        "named beside its title in 《》 (the publisher is labelled); the contact's e-mail in "
        "full-width brackets",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "欧华传媒有限公司",
            None,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.48"],
            "陈静",
            "chenjing@ouhua-times.example",
            "+420608315274",
        ),
        "from": "陈静 <chenjing@ouhua-times.example>",
        "subject": "关于申请访问选举结果XML数据的函（《欧华时报》）",
        "headers": FOXMAIL,
        "cte": "base64",
        "body": "尊敬的捷克统计局：\n\n"
        "您好！我们是《欧华时报》，由欧华传媒有限公司出版，编辑部设在布拉格，面向在捷华人读者。"
        "为报道本次众议院选举，我们希望申请访问XML格式的选举结果数据服务器。\n\n"
        "正式（生产）服务器IP地址：203.0.113.40、203.0.113.41；\n"
        "测试服务器IP地址：203.0.113.48。\n\n"
        "我们不需要在统计局现场拍摄。\n\n"
        "联系人：陈静（技术部），邮箱（chenjing@ouhua-times.example），"
        "电话：+420 608 315 274。\n\n"
        "此致\n敬礼！\n\n"
        "陈静\n"
        "《欧华时报》／欧华传媒有限公司\n",
    },
    {
        "id": "dp004-ko-broadcaster-bureau-name-both-orders",
        "description": "Korean broadcaster's Berlin bureau writes Korean with an English "
        "signature: the contact family name first in capitals in the contact line ('LEE "
        "Seo-yeon') and given name first in the signature (labelled given name first); the "
        "company's Korean brand beside its English legal name (the legal name, with "
        "'Corporation', labelled); feed and filming; the contact's German mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Hanbit Broadcasting Corporation",
            None,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Seo-yeon Lee",
            "sy.lee@hanbit-bc.example",
            "+491715550148",
        ),
        "from": "LEE Seo-yeon <sy.lee@hanbit-bc.example>",
        "subject": "[Hanbit BC] 체코 총선 결과 XML 접근 및 촬영 허가 신청",
        "headers": APPLE,
        "body": "체코 통계청 담당자님께,\n\n"
        "안녕하십니까. 한빛방송(Hanbit Broadcasting Corporation) 베를린 지국입니다. "
        "이번 체코 하원 선거를 취재하기 위해 다음 두 가지를 신청합니다.\n\n"
        "1. 선거 결과 XML 서버 접근\n"
        "   - 운영 서버 IP: 192.0.2.200, 192.0.2.201\n"
        "   - 테스트 서버 IP: 192.0.2.210\n"
        "2. 개표 당일 프라하 본청 집계 센터 내 촬영 허가 (카메라 1명, 기자 1명)\n\n"
        "담당자: LEE Seo-yeon 특파원\n"
        "휴대전화: +49 171 555 0148\n"
        "이메일: sy.lee@hanbit-bc.example\n\n"
        "감사합니다.\n\n"
        "Seo-yeon LEE\n"
        "Berlin Bureau Chief\n"
        "Hanbit Broadcasting Corporation\n",
    },
    {
        "id": "dp005-ja-freelancer-corner-brackets",
        "description": "Japanese freelance journalist in Prague writes Japanese: production "
        "addresses in corner brackets 「」, the test one in full-width parentheses after a "
        "full-width colon; a freelancer without a company, so her own name is the "
        "applicant; written with and without the space between family and given name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "山本 彩",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "山本 彩",
            "aya.yamamoto@freelance-press.example",
            "+420731448902",
        ),
        "from": "山本 彩 <aya.yamamoto@freelance-press.example>",
        "subject": "選挙結果XMLデータへのアクセス申請（フリーランス記者 山本）",
        "headers": IPHONE,
        "body": "チェコ統計局 御中\n\n"
        "突然のご連絡失礼いたします。フリーランス記者の山本彩と申します。プラハ在住で、日本の"
        "ウェブメディア数社に寄稿しております。\n"
        "下院選挙の開票速報のため、XML形式の選挙結果データへのアクセスを申請いたします。\n\n"
        "接続元IPアドレス（本番）：「198.51.100.140」「198.51.100.141」\n"
        "テスト用：（198.51.100.149）\n\n"
        "撮影の許可は不要です。\n\n"
        "連絡先：山本彩／aya.yamamoto@freelance-press.example／+420 731 448 902\n\n"
        "どうぞよろしくお願いいたします。\n\n"
        "山本 彩\n"
        "フリーランス記者（プラハ）\n",
    },
    {
        "id": "dp006-pl-podcast-feed-and-filming-the-count",
        "description": "Polish podcast run by a foundation needs the feed for a live episode "
        "and also wants to film how the results come in at the regional office; production "
        "as a range with an en dash (three addresses); testing from production gives no test "
        "address; the foundation's KRS number is no IČO; format=flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Fundacja Głos Pogranicza",
            None,
            None,
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@glospogranicza.example",
            "+48601234518",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@glospogranicza.example>",
        "subject": "Podcast „Pogranicze na słuchawkach” – dostęp do XML i zgoda na nagrywanie",
        "headers": TBIRD,
        "flowed": True,
        "body": "Szanowni Państwo,\n\n"
        "Fundacja Głos Pogranicza (Cieszyn, KRS 0000512345) prowadzi polsko-czeski podcast "
        "„Pogranicze na słuchawkach”. W noc wyborczą nadajemy odcinek na żywo i chcielibyśmy "
        "pokazywać słuchaczom bieżące wyniki.\n\n"
        "Prosimy więc o:\n"
        "1. dostęp do serwera z wynikami wyborów w formacie XML – nasze serwery mają adresy "
        "198.51.100.30–198.51.100.32; osobnego serwera testowego nie mamy, będziemy "
        "testować na produkcji;\n"
        "2. zgodę na nagranie krótkiego materiału wideo w Państwa oddziale regionalnym w "
        "Ostrawie – chcielibyśmy pokazać, jak spływają wyniki z komisji i jak się je liczy.\n\n"
        "Osoba do kontaktu: Agnieszka Wróbel, tel. +48 601 234 518\n\n"
        "Z wyrazami szacunku\n"
        "Agnieszka Wróbel\n"
        "prezeska zarządu, Fundacja Głos Pogranicza\n",
    },
    {
        "id": "dp007-hu-publisher-netmask-article",
        "description": "Hungarian publisher writes Hungarian (iso-8859-2): the sentence opens "
        "with the article 'A' before the company (not part of the name); production as an "
        "address with netmask 255.255.255.252 (four addresses); the contact family name "
        "first, as Hungarians write it, labelled in that order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.24"],
            "Szabó Katalin",
            "szabo.katalin@dunataj.example",
            "+36305551842",
        ),
        "from": "Szabó Katalin <szabo.katalin@dunataj.example>",
        "subject": "Hozzáférés kérése a cseh választási eredmények XML-adataihoz",
        "headers": EM_CLIENT,
        "charset": "iso-8859-2",
        "body": "Tisztelt Cseh Statisztikai Hivatal!\n\n"
        "A Dunatáj Média Kft. (Győr) kiadásában megjelenő Dunatáj Napló online kiadása élőben "
        "szeretné közölni a csehországi parlamenti választások eredményeit. Kérjük, "
        "biztosítsanak számunkra hozzáférést az XML formátumú eredményekhez.\n\n"
        "Éles szerverek: 203.0.113.16 / 255.255.255.252\n"
        "Tesztszerver: 203.0.113.24\n\n"
        "Forgatási engedélyre nincs szükségünk.\n\n"
        "Kapcsolattartó: Szabó Katalin, informatikai vezető\n"
        "Tel.: +36 30 555 1842\n"
        "E-mail: szabo.katalin@dunataj.example\n\n"
        "Üdvözlettel:\n"
        "Szabó Katalin\n"
        "Dunatáj Média Kft.\n",
    },
    {
        "id": "dp008-hr-portal-odnosno-oib",
        "description": "Croatian news portal writes Croatian: production and test server "
        "'192.0.2.150 odnosno 192.0.2.158' (respectively); the company's eleven-digit OIB is "
        "no IČO; d.o.o.",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Jadranski portal d.o.o.",
            None,
            None,
            ["192.0.2.150"],
            ["192.0.2.158"],
            "Ivana Perić",
            "ivana.peric@jadranski-portal.example",
            "+385915552046",
        ),
        "from": "Ivana Perić <ivana.peric@jadranski-portal.example>",
        "subject": "Zahtjev za pristup XML podacima o rezultatima izbora",
        "headers": ROUNDCUBE,
        "body": "Poštovani,\n\n"
        "Jadranski portal d.o.o. iz Splita (OIB 48271930564) izdavač je informativnog "
        "portala jadranski-portal.example. Molimo Vas za pristup poslužitelju s rezultatima "
        "izbora za Zastupnički dom u XML formatu.\n\n"
        "Adrese našeg produkcijskog i testnog poslužitelja su 192.0.2.150 odnosno "
        "192.0.2.158.\n\n"
        "Snimanje nam nije potrebno.\n\n"
        "Kontakt osoba: Ivana Perić, voditeljica IT-a, mob. +385 91 555 2046\n\n"
        "Srdačan pozdrav,\n"
        "Ivana Perić\n"
        "Jadranski portal d.o.o.\n",
    },
    {
        "id": "dp009-sl-student-radio-ipv6",
        "description": "Slovenian student radio (a 'zavod', its legal form first) writes "
        "Slovenian: two IPv6 production addresses, an IPv4 test address; the station's call "
        "name differs from the institute's name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Zavod Radio Kampus",
            None,
            None,
            ["2001:db8:7a1::10", "2001:db8:7a1::11"],
            ["198.18.40.9"],
            "Žiga Kranjc",
            "ziga.kranjc@radiokampus.example",
            "+38641555318",
        ),
        "from": "Žiga Kranjc <ziga.kranjc@radiokampus.example>",
        "subject": "Prošnja za dostop do XML z volilnimi rezultati – RKL 89,4",
        "headers": GMAIL,
        "body": "Spoštovani,\n\n"
        "smo študentski radio RKL 89,4 iz Ljubljane, ki ga izdaja Zavod Radio Kampus. V "
        "volilni noči bomo poročali tudi o čeških volitvah, zato prosimo za dostop do "
        "strežnika z rezultati v obliki XML.\n\n"
        "Produkcija: 2001:db8:7a1::10 in 2001:db8:7a1::11\n"
        "Test: 198.18.40.9\n\n"
        "Snemanja ne potrebujemo.\n\n"
        "Kontakt: Žiga Kranjc, tehnični vodja, 041 555 318 (Slovenija, +386)\n\n"
        "Lep pozdrav,\n"
        "Žiga Kranjc\n"
        "Zavod Radio Kampus\n",
    },
    {
        "id": "dp010-ga-irish-radio-filming-only",
        "description": "Irish-language radio's correspondent writes Irish: recording and filming "
        "only, the XML feed explicitly not wanted ('Ní theastaíonn rochtain ar an bhfotha "
        "XML'); the company's 'Teo.' (Teoranta) only in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Raidió na Machairí Teo.",
            None,
            None,
            [],
            [],
            "Siobhán Ní Bhriain",
            "siobhan.nibhriain@rnam.example",
            "+353875550192",
        ),
        "from": "Siobhán Ní Bhriain <siobhan.nibhriain@rnam.example>",
        "subject": "Iarratas ar chead taifeadta – oíche an toghcháin, Prág",
        "headers": SPARK,
        "body": "A chara,\n\n"
        "Is mise comhfhreagraí Raidió na Machairí i Lár na hEorpa. Ba mhaith linn cead a "
        "fháil chun fuaim agus físeán a thaifeadadh in oifig lárnach na hOifige Staidrimh "
        'Seicí i bPrág oíche an toghcháin, don chlár "An Domhan Mór".\n\n'
        "Ní theastaíonn rochtain ar an bhfotha XML uainn – glacfaimid na torthaí ón suíomh "
        "poiblí.\n\n"
        "Is féidir teagmháil a dhéanamh liom ar +353 87 555 0192 nó ar an ríomhphost seo.\n\n"
        "Le meas,\n"
        "Siobhán Ní Bhriain\n"
        "Comhfhreagraí, Raidió na Machairí Teo.\n",
    },
    {
        "id": "dp011-mt-portal-replaced-address",
        "description": "Maltese news portal writes Maltese: the new production address replaces "
        "an old one that is no longer used (left out); the article 'Il-' belongs to the "
        "company's name, written with it in the signature too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Il-Ħabbar Media Ltd",
            None,
            None,
            ["203.0.113.95"],
            ["203.0.113.99"],
            "Mark Camilleri",
            "mark.camilleri@ilhabbar.example",
            "+35679550417",
        ),
        "from": "Mark Camilleri <mark.camilleri@ilhabbar.example>",
        "subject": "Talba għal aċċess għar-riżultati tal-elezzjoni (XML)",
        "headers": MAC_OUTLOOK,
        "body": "Għażiż/a Sinjur/a,\n\n"
        'Il-Ħabbar Media Ltd, li tippubblika l-portal tal-aħbarijiet "Il-Ħabbar", qed '
        "titlob aċċess għas-server XML tar-riżultati tal-elezzjoni fir-Repubblika Ċeka.\n\n"
        "Server tal-produzzjoni: 203.0.113.95 (jieħu post l-indirizz il-qadim 203.0.113.90, "
        "li m'għadux jintuża)\n"
        "Server tat-test: 203.0.113.99\n\n"
        "Persuna ta' kuntatt: Mark Camilleri, +356 7955 0417\n\n"
        "Grazzi u saħħa,\n"
        "Mark Camilleri\n"
        "Kap tat-Teknoloġija, Il-Ħabbar Media Ltd\n",
    },
    {
        "id": "dp012-sq-tv-later-election",
        "description": "Albanian regional TV writes Albanian: the application as a whole is for "
        "next year's European Parliament election, not this autumn's (a later election "
        "counts); no test server; sh.p.k.",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televizioni Drini sh.p.k.",
            None,
            None,
            ["198.18.20.5", "198.18.20.6"],
            [],
            "Arben Kola",
            "arben.kola@tvdrini.example",
            "+355695552840",
        ),
        "from": "Arben Kola <arben.kola@tvdrini.example>",
        "subject": "Kërkesë për qasje në të dhënat XML të zgjedhjeve",
        "headers": SAMSUNG,
        "body": "Të nderuar,\n\n"
        "Televizioni Drini sh.p.k. (Shkodër) kërkon qasje në serverin XML me rezultatet e "
        "zgjedhjeve për Parlamentin Evropian në Çeki vitin e ardhshëm. Për zgjedhjet e këtij "
        "tetori nuk kemi nevojë – e dërgojmë kërkesën që tani, që të kemi kohë për testim.\n\n"
        "IP-të e prodhimit: 198.18.20.5 dhe 198.18.20.6\n"
        "Server testimi nuk kemi.\n\n"
        "Kontakt: Arben Kola, +355 69 555 2840\n\n"
        "Me respekt,\n"
        "Arben Kola\n"
        "Televizioni Drini\n",
    },
    {
        "id": "dp013-mk-cyrillic-portal-filming-withdrawn",
        "description": "Macedonian portal writes Macedonian in Cyrillic (windows-1251): asks "
        "for the feed and filming, then a postscript withdraws the filming request; the "
        "publisher's name with 'ДООЕЛ Скопје' as written; the contact in Cyrillic",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Вардар Медиа ДООЕЛ Скопје",
            None,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.127"],
            "Марија Стојановска",
            "marija.stojanovska@vardarmedia.example",
            "+38970555318",
        ),
        "from": "Марија Стојановска <marija.stojanovska@vardarmedia.example>",
        "subject": "Барање за пристап до XML со изборни резултати и снимање",
        "headers": HORDE,
        "charset": "windows-1251",
        "body": "Почитувани,\n\n"
        "Вардар Медиа ДООЕЛ Скопје, издавач на порталот „Вардарски весник“, бара пристап до "
        "XML-серверот со резултатите од изборите во Чешка, како и дозвола за снимање во "
        "вашиот собирен центар во Прага.\n\n"
        "IP-адреси:\n"
        "продукциски: 192.0.2.120, 192.0.2.121\n"
        "тест: 192.0.2.127\n\n"
        "Контакт: Марија Стојановска, тел. +389 70 555 318\n\n"
        "Со почит,\n"
        "Марија Стојановска\n"
        "Вардар Медиа ДООЕЛ Скопје\n\n"
        "П.С. По разговорот со нашиот дописник: барањето за снимање го повлекуваме, екипата "
        "нема да патува во Прага. Пристапот до XML ни е и понатаму потребен.\n",
    },
    {
        "id": "dp014-uk-freelancer-two-phones",
        "description": "Ukrainian freelance journalist writes Ukrainian (8bit): a Ukrainian "
        "phone first, then a Czech one that the text says to call (the Ukrainian one is off "
        "in Prague), so the Czech phone is the contact's; testing from production; her own "
        "name is the applicant",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Олена Ковальчук",
            None,
            None,
            ["203.0.113.130"],
            [],
            "Олена Ковальчук",
            "olena.kovalchuk@pysar.example",
            "+420739512604",
        ),
        "from": "Олена Ковальчук <olena.kovalchuk@pysar.example>",
        "subject": "Запит на доступ до XML з результатами виборів",
        "headers": K9,
        "cte": "8bit",
        "body": "Шановні пані та панове,\n\n"
        "я незалежна журналістка з Києва, зараз працюю в Празі й пишу для кількох українських "
        "онлайн-видань. Прошу надати мені доступ до XML-сервера з результатами виборів до "
        "Палати депутатів.\n\n"
        "IP мого сервера: 203.0.113.130\n"
        "Окремого тестового сервера немає, тестуватиму з цієї ж адреси.\n\n"
        "Дозвіл на зйомку мені не потрібен.\n\n"
        "Телефони: +380 67 555 0193 (український, у Празі зазвичай вимкнений) та "
        "+420 739 512 604 (чеський – прошу телефонувати саме на нього).\n\n"
        "З повагою,\n"
        "Олена Ковальчук\n"
        "незалежна журналістка\n",
    },
]
