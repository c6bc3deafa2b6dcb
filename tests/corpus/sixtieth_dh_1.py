"""Sixtieth held-out part ``dh``, cases dh001–dh014: an iPhone note with emoji role markers, a
Markdown mail sent as plain text, a reply-all in which an IT colleague swaps one address above
the first colleague's quoted application, a Seznam-app note with a slashed phone, an HTML-only
windows-1250 Outlook table with a switchboard and extension, a data message whose annotation is
the whole application, a chatty format=flowed Thunderbird mail, a "same as in 2022, only the
test IP is new" forward with the office's confirmation, a pasted iptables rule set, a Czech mail
in live/staging/UAT terms, a Slovak reply to the office's question, a data message with a DOCX,
a chatty Gmail mail testing from production and a Belgian sender in English with IPv6. Written
by hand apart from the extraction rules (see make_sixtieth_dh); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dh_common import (
    APPLE,
    CLAWS,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    NEOMUTT,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    gmail_html,
    ico,
)

I1, I2, I3, I4, I5 = ico("2781046"), ico("0691534"), ico("2847302"), ico("3615798"), ico("0427691")
I7, I8, I9, I10, I12 = (
    ico("2560813"),
    ico("0712944"),
    ico("2893517"),
    ico("0348265"),
    ico("2716039"),
)
I13 = ico("0584172")

_DH013 = (
    "Ahoj Petře,\n\n(snad můžu takhle, minule jsme si na tom semináři v Jihlavě tykali :))\n\n"
    "posílám tu naši žádost o volební XML. Letos to máme jednodušší, všechno pojede z jednoho "
    "serveru v cloudu: 198.51.100.250. Testovat budeme rovnou z něj, žádnou zvláštní testovací "
    "mašinu nemáme.\n\nJo a kdyby se ptali vaši právníci – žádá Kutnohorský deník s.r.o., IČO "
    + I13
    + ". Kontakt jsem já, mobil 724 618 390.\n\nDíky moc a ať se daří!\nBára\n\n-- \n"
    "Barbora Kalousová\nKutnohorský deník | online\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dh001-iphone-emoji-roles",
        "description": "typed on an iPhone without diacritics: the roles only as emoji markers "
        "'✅ produkce' / '🧪 test', the phone in 3-2-2-2 groups beside a telephone emoji",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Prerovsky denik s.r.o.",
            I1,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Martin Zboril",
            "zboril@prerovskydenik.example",
            "+420739412285",
        ),
        "from": "Martin Zboril <zboril@prerovskydenik.example>",
        "subject": "ip na volby",
        "headers": IPHONE,
        "body": "dobry den,\nzadame o pristup k xml s vysledky voleb, posilam IP jak jste "
        "chteli:\n\n✅ produkce: 198.51.100.21\n✅ produkce: 198.51.100.22\n🧪 test: "
        "198.51.100.29\n\n📞 kdyby neco 739 41 22 85 (Martin Zboril)\n\nPrerovsky denik "
        "s.r.o., ICO " + I1 + "\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "dh002-neomutt-markdown-table",
        "description": "a developer writes Markdown from NeoMutt as plain text: **bold** labels, "
        "a pipe table '| IP | účel |' with a separator row, '- ' bullets; filming declined in "
        "a bullet",
        "style": Style.MARKDOWN,
        "labels": L(
            [FEED],
            "Jihomoravský datový žurnál, z.ú.",
            I2,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Tomáš Hrdlička",
            "hrdlicka@datalab-jm.example",
            "+420604551892",
        ),
        "from": "Tomáš Hrdlička <hrdlicka@datalab-jm.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": NEOMUTT,
        "cte": "8bit",
        "body": "Dobrý den,\n\nposílám žádost o přístup k XML výsledkům voleb do Poslanecké "
        "sněmovny. Píšu to z terminálu, tak snad to bude čitelné:\n\n**Žadatel:** "
        "Jihomoravský datový žurnál, z.ú.\n**IČO:** " + I2 + "\n**Kontaktní osoba:** Tomáš "
        "Hrdlička\n**E-mail:** hrdlicka@datalab-jm.example\n**Telefon:** +420 604 55 18 92\n\n"
        "| IP             | účel     |\n|----------------|----------|\n"
        "| 198.51.100.101 | produkce |\n| 198.51.100.102 | produkce |\n"
        "| 198.51.100.110 | test     |\n\nPoznámky:\n\n- stahujeme přes HTTPS, zhruba "
        "každých 30 s\n- testovací stroj poběží jen do konce voleb\n- natáčet u vás "
        "nebudeme, jde nám jen o data\n\nDíky!\n\n-- \nTomáš Hrdlička\ndata & dev, JMDŽ\n",
    },
    {
        "id": "dh003-reply-all-colleague-swaps-address",
        "description": "reply-all from the newsroom's IT man: one production address replaced "
        "above the first colleague's quoted application (Outlook From/Sent/To/Cc block); the "
        "contact stays the first colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týnecký zpravodaj s.r.o.",
            I3,
            None,
            ["203.0.113.144", "203.0.113.148"],
            ["203.0.113.150"],
            "Alena Šimonová",
            "simonova@tyneckyzpravodaj.example",
            "+420317702118",
        ),
        "from": "Kubíček Pavel <kubicek@tyneckyzpravodaj.example>",
        "cc": "Šimonová Alena <simonova@tyneckyzpravodaj.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb – Týnecký zpravodaj",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\ndoplňuji za kolegyni Šimonovou: druhá produkční adresa už "
        "není 203.0.113.145, ten stroj jsme minulý týden vyměnili – platí 203.0.113.148. "
        "Ostatní beze změny, kontaktní osobou zůstává Alena Šimonová.\n\nS pozdravem\n"
        "Pavel Kubíček\nIT správa\nTýnecký zpravodaj s.r.o.\n\n"
        "________________________________\nFrom: Šimonová Alena "
        "<simonova@tyneckyzpravodaj.example>\nSent: Monday, September 15, 2025 9:02 AM\n"
        "To: podatelna@czso.cz\nCc: Kubíček Pavel <kubicek@tyneckyzpravodaj.example>\n"
        "Subject: Žádost o přístup k výsledkům voleb – Týnecký zpravodaj\n\nDobrý den,\n\n"
        "Týnecký zpravodaj s.r.o., IČO " + I3 + ", žádá o přístup k průběžným výsledkům "
        "voleb ve formátu XML.\n\nProdukční IP adresy: 203.0.113.144, 203.0.113.145\n"
        "Testovací IP adresa: 203.0.113.150\n\nKontaktní osoba: Alena Šimonová, "
        "simonova@tyneckyzpravodaj.example, tel. 317 702 118\n\nS pozdravem\nAlena Šimonová\n"
        "vedoucí vydání\n",
    },
    {
        "id": "dh004-seznam-app-slash-phone",
        "description": "base64 note from the Email.cz app without diacritics: feed and filming "
        "in one sentence, one server and 'testovaci nemame', the phone written '603/18 72 45'",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "TV Slavicin s.r.o.",
            I4,
            None,
            ["192.0.2.57"],
            [],
            "Jiri Soukup",
            "soukup@tvslavicin.example",
            "+420603187245",
        ),
        "from": "Jiri Soukup <soukup@tvslavicin.example>",
        "subject": "volby xml + nataceni",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "Dobry den,\nza TV Slavicin s.r.o. (ICO " + I4 + ") bychom chteli pristup k "
        "vysledkum v XML a povoleni natacet na krajskem pracovisti ve Zline ve volebni noci.\n"
        "IP serveru 192.0.2.57, testovaci nemame.\nVolejte na 603/18 72 45, Jiri Soukup\n\n"
        "Odesláno z aplikace Email.cz\n",
    },
    {
        "id": "dh005-outlook-html-1250-extension",
        "description": "HTML-only windows-1250 Outlook mail: a three-column table (role, "
        "address, note 'záloha'), the signature gives a switchboard with 'linka 215' before "
        "the contact's mobile in 3-2-2-2 groups",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Horácké noviny, a.s.",
            I5,
            None,
            ["198.18.44.10", "198.18.44.11"],
            ["198.18.44.20"],
            "Renata Holá",
            "hola@horackenoviny.example",
            "+420777314256",
        ),
        "from": "Holá Renata <hola@horackenoviny.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Horácké noviny",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang=CS><div class=WordSection1>'
        "<p class=MsoNormal>Dobrý den,<o:p></o:p></p><p class=MsoNormal>společnost Horácké "
        "noviny, a.s., IČO " + I5 + ", žádá o přístup k průběžným výsledkům voleb ve "
        "formátu XML. Adresy, ze kterých budeme stahovat:<o:p></o:p></p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
        "<tr><td><p class=MsoNormal><b>Typ adresy</b></p></td><td><p class=MsoNormal><b>IP "
        "adresa</b></p></td><td><p class=MsoNormal><b>Poznámka</b></p></td></tr>"
        "<tr><td><p class=MsoNormal>produkční</p></td><td><p class=MsoNormal>198.18.44.10</p>"
        "</td><td><p class=MsoNormal>hlavní server</p></td></tr>"
        "<tr><td><p class=MsoNormal>produkční</p></td><td><p class=MsoNormal>198.18.44.11</p>"
        "</td><td><p class=MsoNormal>záloha</p></td></tr>"
        "<tr><td><p class=MsoNormal>testovací</p></td><td><p class=MsoNormal>198.18.44.20</p>"
        "</td><td><p class=MsoNormal>vývoj</p></td></tr></table>"
        "<p class=MsoNormal>Kontaktní osobou jsem já, spojení níže.<o:p></o:p></p>"
        "<p class=MsoNormal>S pozdravem<o:p></o:p></p><p class=MsoNormal><b>Ing. Renata "
        "Holá</b><br>vedoucí online redakce<br>Horácké noviny, a.s. | Třebíč<br>ústředna: "
        "568 800 100, linka 215<br>mobil: +420 777 31 42 56<br><a "
        'href="mailto:hola@horackenoviny.example">hola@horackenoviny.example</a></p>'
        "</div></body></html>",
    },
    {
        "id": "dh006-databox-annotation-only",
        "description": "the annotation is the whole application (addresses, contact, phone); "
        "the only file is a one-line text pointing to it; the applicant's legal name only in "
        "the sender box, no IČO stated",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Berounský týdeník s.r.o.",
            None,
            "k4wz7pn",
            ["192.0.2.131", "192.0.2.132"],
            ["192.0.2.140"],
            "Hana Řeháková",
            "rehakova@berounskytydenik.example",
            "+420606218447",
        ),
        "databox": box("k4wz7pn", "Berounský týdeník s.r.o.", "Husovo nám. 45, 266 01 Beroun"),
        "subject": "Žádost o přístup k XML výsledkům voleb; produkční IP 192.0.2.131 a "
        "192.0.2.132, testovací 192.0.2.140; kontakt Hana Řeháková, "
        "rehakova@berounskytydenik.example, 606 218 447",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Údaje k žádosti jsou uvedeny ve věci této datové zprávy.\n"
                "Berounský týdeník, redakce\n",
            )
        ],
    },
    {
        "id": "dh007-thunderbird-flowed-small-talk",
        "description": "chatty format=flowed Thunderbird mail to a known officer: the "
        "addresses wrapped across soft line breaks amid news of a move, the test machine "
        "'switched on a week before', filming declined, the mobile at the end",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Nymburské listy, s.r.o.",
            I7,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.90"],
            "Věra Kalinová",
            "kalinova@nymburskelisty.example",
            "+420731552864",
        ),
        "from": "Věra Kalinová <kalinova@nymburskelisty.example>",
        "subject": "Re: volby – zase po roce",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den, pane Dvořáku,\n\ndoufám, že jste si po loňských volbách trochu "
        "odpočinul :) U nás se \nmezitím přestěhovala redakce, takže máme nové servery a tím "
        "pádem i \nnové adresy. Produkčně budeme letos stahovat ze dvou strojů, \n"
        "203.0.113.81 a 203.0.113.82, a jako minule bychom rádi i ten testovací \npřístup – "
        "to bude 203.0.113.90, ale ten zapneme až týden před volbami.\n\nJinak vše při "
        "starém, žádáme jako Nymburské listy, s.r.o., IČO " + I7 + ". \nNatáčet letos "
        "nepřijedeme, kameraman má dovolenou, tak snad příště.\n\nKdyby cokoliv, jsem na "
        "mobilu 731 552 864, nebo prostě odpovězte sem.\n\nHezký den a ať to klape,\n"
        "Věra Kalinová\n",
    },
    {
        "id": "dh008-apple-same-as-2022-new-test",
        "description": "a two-line follow-up 'same as for the 2022 elections, only the test IP "
        "is new' above the forwarded office confirmation (IČO, box, phone) which quotes the "
        "sender's own 2022 application; the old test address is replaced",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rokycanský hlas s.r.o.",
            I8,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.77"],
            "Marie Veselá",
            "vesela@rokycanskyhlas.example",
            "+420371722604",
        ),
        "from": "Marie Veselá <vesela@rokycanskyhlas.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb 2022",
        "headers": APPLE,
        "body": "Dobrý den,\n\nletos žádáme znovu, stejně jako u voleb 2022 – jen testovací "
        "IP je nová: 198.51.100.77. Původní žádost i vaše potvrzení přeposílám níže.\n\n"
        "Děkuji\nMarie Veselá\n\nZačátek přeposílané zprávy:\n\nOd: Podatelna ČSÚ "
        "<podatelna@czso.cz>\nPředmět: Re: Žádost o přístup k výsledkům voleb 2022\nDatum: "
        "14. září 2022 10:41:07 SELČ\nKomu: Marie Veselá <vesela@rokycanskyhlas.example>\n\n"
        "Dobrý den,\npotvrzujeme přijetí Vaší žádosti, byla zaevidována pod č. j. "
        "CSU-041877/2022.\nČeský statistický úřad, Na padesátém 81, 100 82 Praha 10\nIČO "
        "00025593, ID datové schránky 2gfaasy, tel. 274 052 733\n\n> Dne 13. 9. 2022 v "
        "15:20 napsala Marie Veselá <vesela@rokycanskyhlas.example>:\n>\n> Dobrý den,\n> "
        "Rokycanský hlas s.r.o. (IČO " + I8 + ") žádá o přístup k XML s výsledky voleb.\n"
        "> Produkční IP: 198.51.100.70, 198.51.100.71\n> Testovací IP: 198.51.100.75\n> "
        "Kontakt: Marie Veselá, vesela@rokycanskyhlas.example, 371 722 604\n",
    },
    {
        "id": "dh009-claws-iptables-snippet",
        "description": "a network admin pastes ready iptables rules for the office's firewall, "
        "the roles only in '# prod (web1)' / '# test' comments; the applicant and contact "
        "in a sentence after",
        "style": Style.PASTE,
        "labels": L(
            [FEED],
            "Mladoboleslavský net, s.r.o.",
            I9,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.52"],
            "Radek Pospíšil",
            "pospisil@mbnet.example",
            "+420326700215",
        ),
        "from": "Radek Pospíšil <pospisil@mbnet.example>",
        "subject": "přístup k XML – volby",
        "headers": CLAWS,
        "body": "Dobrý den,\n\nposílám adresy pro přístup k XML výsledkům voleb. Kdyby se "
        "to vašim správcům hodilo, pravidla pro váš firewall by vypadala takhle:\n\n"
        "  iptables -A INPUT -s 203.0.113.40 -p tcp --dport 443 -j ACCEPT  # prod (web1)\n"
        "  iptables -A INPUT -s 203.0.113.41 -p tcp --dport 443 -j ACCEPT  # prod (web2)\n"
        "  iptables -A INPUT -s 203.0.113.52 -p tcp --dport 443 -j ACCEPT  # test\n\n"
        "Žadatelem je Mladoboleslavský net, s.r.o., IČO " + I9 + ". Kontakt technicky i "
        "pro žádost: Radek Pospíšil, +420 326 700 215.\n\n-- \nRadek Pospíšil\nspráva sítě, "
        "MB net\n",
    },
    {
        "id": "dh010-mac-outlook-live-staging-uat",
        "description": "a Czech assistant passes on the developers' environment names: 'live' "
        "for production, 'staging' and 'UAT' both test; a head of development named for "
        "technical questions, the sender the contact",
        "style": Style.JARGON,
        "labels": L(
            [FEED],
            "Písecký deník a.s.",
            I10,
            None,
            ["198.18.3.10", "198.18.3.11"],
            ["198.18.3.20", "198.18.3.21"],
            "Kateřina Bílková",
            "bilkova@piseckydenik.example",
            "+420382210417",
        ),
        "from": "Kateřina Bílková <bilkova@piseckydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nnáš vývojový tým mě poprosil, ať za Písecký deník a.s. (IČO "
        + I10
        + ") požádám o přístup k volebnímu XML. Posílám adresy přesně tak, jak mi je "
        "dali:\n\nlive: 198.18.3.10, 198.18.3.11\nstaging: 198.18.3.20\nUAT: 198.18.3.21\n\n"
        "Live je ostrý provoz, staging a UAT jsou testovací prostředí. Technické dotazy "
        "zodpoví vedoucí vývoje Jakub Rys (rys@piseckydenik.example), jinak jsem kontaktní "
        "osobou já – 382 210 417.\n\nDěkuji\nKateřina Bílková\nasistentka šéfredaktora\n",
    },
    {
        "id": "dh011-zimbra-slovak-reply-office-question",
        "description": "a Slovak editor answers in Slovak the officer's Czech question (quoted "
        "with the office phone and IČO): adds the filming and the test address, the "
        "production ones only in her own quoted first mail",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Trnavské noviny, s.r.o.",
            None,
            None,
            ["198.51.100.190", "198.51.100.191"],
            ["198.51.100.199"],
            "Miroslava Kováčová",
            "kovacova@trnavskenoviny.example",
            "+421903418275",
        ),
        "from": "Miroslava Kováčová <kovacova@trnavskenoviny.example>",
        "subject": "Re: Žiadosť o prístup k výsledkom volieb",
        "headers": ZIMBRA,
        "body": "Dobrý deň,\n\nďakujem za otázku. Áno, žiadame aj o povolenie nakrúcať – náš "
        "kameraman by prišiel na vaše pracovisko v Brne. Testovacia adresa je "
        "198.51.100.199, produkčné sú tie dve z pôvodného mailu.\n\nS pozdravom\nMiroslava "
        "Kováčová\nTrnavské noviny, s.r.o.\n+421 903 418 275\n\n----- Pôvodná správa -----\n"
        'Od: "Jan Mráz" <mraz@czso.cz>\nKomu: "Miroslava Kováčová" '
        "<kovacova@trnavskenoviny.example>\nOdoslané: Streda, 17. september 2025 11:02:18\n"
        "Predmet: Re: Žiadosť o prístup k výsledkom volieb\n\nDobrý den,\nděkujeme za "
        "žádost. Upřesněte prosím, zda žádáte i o povolení natáčet (v žádosti zmiňujete "
        "kameramana) a zda máte testovací adresu.\nJan Mráz\nČeský statistický úřad | tel. "
        '+420 274 052 733 | IČO 00025593\n\n----- Pôvodná správa -----\nOd: "Miroslava '
        'Kováčová" <kovacova@trnavskenoviny.example>\nOdoslané: Utorok, 16. september 2025 '
        "16:45:03\nPredmet: Žiadosť o prístup k výsledkom volieb\n\nDobrý deň,\nv mene "
        "Trnavských novín, s.r.o. žiadam o prístup k výsledkom volieb v XML. Produkčné "
        "servery: 198.51.100.190, 198.51.100.191. Na volebnú noc k vám posielame aj "
        "kameramana.\nMiroslava Kováčová\n",
    },
    {
        "id": "dh012-databox-docx-cover-annotation",
        "description": "data message whose annotation says 'viz příloha'; the DOCX has the IČO "
        "in its header, a role table and the contact's direct line before the switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hodonínský obzor, s.r.o.",
            I12,
            "m2hd9xc",
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Libor Kraus",
            "kraus@hodoninskyobzor.example",
            "+420518300227",
        ),
        "databox": box("m2hd9xc", "Hodonínský obzor, s.r.o.", "Národní třída 12, 695 01 Hodonín"),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "attachments": [
            (
                "docx",
                "zadost_HO_volby.docx",
                {
                    "header": "Hodonínský obzor, s.r.o. | Národní třída 12, 695 01 Hodonín | "
                    "IČO " + I12,
                    "blocks": [
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML z níže uvedených adres.",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["produkční", "203.0.113.160"],
                                ["produkční", "203.0.113.161"],
                                ["testovací", "203.0.113.170"],
                            ]
                        },
                        "Kontaktní osoba: Libor Kraus, kraus@hodoninskyobzor.example, "
                        "tel. 518 300 227 (ústředna 518 300 200)",
                        "Mgr. Ivo Černý, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "dh013-gmail-chatty-test-from-production",
        "description": "chatty Gmail mail (text and HTML) that tutoies the officer: one cloud "
        "server, testing from it, the company and IČO dropped in an aside, signed 'Bára' "
        "above the full-name signature",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kutnohorský deník s.r.o.",
            I13,
            None,
            ["198.51.100.250"],
            [],
            "Barbora Kalousová",
            "kalousova@kutnohorskydenik.example",
            "+420724618390",
        ),
        "from": "Barbora Kalousová <kalousova@kutnohorskydenik.example>",
        "subject": "volební XML",
        "headers": GMAIL,
        "body": _DH013,
        "html": gmail_html(_DH013),
    },
    {
        "id": "dh014-owa-belgian-english-ipv6",
        "description": "a Belgian desk editor writes English from OWA: one IPv6 and one IPv4 "
        "production address in a bullet, an IPv6 test address, a Belgian mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vlaams Nieuwsnet NV",
            None,
            None,
            ["2001:db8:be::10", "192.0.2.210"],
            ["2001:db8:be::99"],
            "Pieter Claes",
            "p.claes@vlaamsnieuwsnet.example",
            "+32475123456",
        ),
        "from": "Claes Pieter <p.claes@vlaamsnieuwsnet.example>",
        "subject": "Request for access - Czech election results XML",
        "headers": OWA,
        "body": "Dear Sir or Madam,\n\nVlaams Nieuwsnet NV (Brussels) would like to request "
        "access to the XML feed with the Czech parliamentary election results for our live "
        "blog.\n\nOur servers:\n- production: 2001:db8:be::10 and 192.0.2.210\n- test: "
        "2001:db8:be::99\n\nPlease address any questions to me.\n\nKind regards,\nPieter "
        "Claes\nDesk Editor Foreign News\nVlaams Nieuwsnet NV\nMobile +32 475 12 34 56\n",
    },
]
