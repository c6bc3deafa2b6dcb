"""Sixty-first held-out part ``dk``, cases dk029–dk042: a chatty Spark mail with IPv6
addresses, a data message with the addresses in the annotation and the rest in an ODT, a data
message sent from the parent company's box (RTF letter and a text file of addresses), an
inline Centrum forward in which the editor drops one address, an Outlook for iOS note, a
Fastmail correction quoting the first mail, the feed withdrawn in a postscript, a reply to the
office under a subject the applicant's own gateway tagged "[EXTERNAL]" (the banner and the
group's disclaimer), a British sender in Mutt, a shared mailbox naming the contact by surname
above a three-person signature, a university faculty's letter, a town's filming request by
data box, a chatty format=flowed (delsp) Thunderbird mail with host names and a Proton mail
with two slashed "prod/test" lines. Written by hand apart from the extraction rules (see
make_sixtyfirst_dk); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dk_common import (
    AIRMAIL,
    CENTRUM,
    FASTMAIL,
    FEED,
    FILM,
    MUTT,
    NOTES,
    OUTLOOK,
    OUTLOOK_IOS,
    PROTON,
    SPARK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2806419"),
    ico("0684327"),
    ico("2871590"),
    ico("0452083"),
    ico("2617942"),
)
I34, I36, I38, I39, I40 = (
    ico("0736415"),
    ico("2750386"),
    ico("0548921"),
    ico("2893069"),
    ico("0609175"),
)
I41, I42, PARENT = ico("2784632"), ico("0421798"), ico("2561807")

_GROUP_FOOTER = (
    "\n--\nJihomoravský expres a.s. | Cejl 62, 602 00 Brno | IČO " + I36 + "\nTento e-mail "
    "může obsahovat důvěrné informace a je určen pouze adresátovi. Jste-li omylem jeho "
    "příjemcem, oznamte to prosím odesílateli a e-mail odstraňte. Jihomoravský expres a.s. je "
    "členem skupiny Panoráma Media Group; společnosti skupiny neuzavírají smlouvy e-mailem, "
    "ledaže je to výslovně ujednáno. Zásady ochrany osobních údajů skupiny Panoráma Media "
    "Group: www.panorama-mg.example/soukromi\nThis e-mail may contain confidential "
    "information. If you are not the intended recipient, please notify the sender and delete "
    "it. Jihomoravský expres a.s. is part of Panoráma Media Group.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dk029-spark-chatty-ipv6",
        "description": "chatty Spark mail from a volunteer data project: three IPv6 addresses "
        "in the middle of a story about last election's map, the association and IČO in the "
        "signature",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Pražský datový spolek, z.s.",
            I29,
            None,
            ["2001:db8:5a::1", "2001:db8:5a::2"],
            ["2001:db8:5a::99"],
            "Adam Kubát",
            "adam@prazskydatovyspolek.example",
            "+420736219840",
        ),
        "from": "Adam Kubát <adam@prazskydatovyspolek.example>",
        "subject": "Volební mapa – přístup k XML",
        "headers": SPARK,
        "body": "Dobrý den,\n\njsme parta dobrovolníků, co u minulých voleb dělala tu "
        "interaktivní mapu po okrscích (možná jste ji viděli, sdílel ji i váš kolega na "
        "LinkedInu, což nás fakt potěšilo). Minule jsme data tahali z veřejného webu a bylo "
        "to dost o nervy, tak letos bychom rádi zkusili oficiální XML.\n\nBěžíme jen na IPv6, "
        "takže produkčně to bude 2001:db8:5a::1 a 2001:db8:5a::2 (dvě instance), a testovat "
        "budeme z 2001:db8:5a::99. Doufám, že IPv6 u vás není problém.\n\nKdyby bylo potřeba "
        "cokoliv doplnit, ozvěte se mi, jsem kontaktní osoba – nejlíp na 736 219 840, "
        "mail čtu večer.\n\nDíky moc!\nAdam\n\n--\nAdam Kubát\nPražský datový spolek, z.s. | "
        "IČO " + I29 + "\n",
    },
    {
        "id": "dk030-databox-annotation-addresses-odt-rest",
        "description": "data message: the annotation gives the addresses with their roles, the "
        "ODT names the applicant, IČO and contact and refers to the annotation for the rest",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina Online s.r.o.",
            I30,
            "h6vx2mr",
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Aleš Mareček",
            "marecek@vysocinaonline.example",
            "+420739118402",
        ),
        "databox": box("h6vx2mr", "Vysočina Online s.r.o.", "Masarykovo nám. 21, 586 01 Jihlava"),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – produkční IP 192.0.2.101, "
        "192.0.2.102; testovací IP 192.0.2.109",
        "attachments": [
            (
                "odt",
                "zadost_CSU_volby.odt",
                [
                    "Vysočina Online s.r.o., Masarykovo nám. 21, 586 01 Jihlava, IČO " + I30,
                    "Věc: žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML. IP adresy, "
                    "ze kterých budeme data stahovat, jsou uvedeny ve věci datové zprávy.",
                    [
                        ["Kontaktní osoba", "Aleš Mareček"],
                        ["E-mail", "marecek@vysocinaonline.example"],
                        ["Telefon", "739 118 402"],
                    ],
                    "Jan Dvořák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "dk031-databox-parent-box-rtf-and-txt",
        "description": "data message from the parent company's box: the RTF letter applies for "
        "the subsidiary radio with its own IČO and box ID in the signature block; the roles "
        "and addresses in a second, plain-text file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Zlínsko s.r.o.",
            I31,
            "b4kx9tn",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Šárka Vaňková",
            "vankova@radiozlinsko.example",
            "+420577432118",
        ),
        "databox": box("q2ls7fd", "Regionální média Morava a.s.", "Štefánikova 167, 760 01 Zlín"),
        "subject": "Žádost o přístup k výsledkům voleb – Rádio Zlínsko",
        "attachments": [
            (
                "rtf",
                "zadost_Radio_Zlinsko.rtf",
                [
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Společnost Rádio Zlínsko s.r.o. žádá o přístup k průběžným výsledkům "
                    "voleb ve formátu XML. Žádost posíláme prostřednictvím datové schránky "
                    "naší mateřské společnosti Regionální média Morava a.s. (IČO " + PARENT + ")."
                    " Seznam IP adres je v příloze adresy.txt.",
                    "Kontaktní osoba: Šárka Vaňková, vankova@radiozlinsko.example, tel. 577 432 "
                    "118",
                    "Rádio Zlínsko s.r.o.\nIČO: " + I31 + "\nID datové schránky: b4kx9tn\n"
                    "Mgr. Tomáš Kuchař, jednatel",
                ],
            ),
            (
                "txt",
                "adresy.txt",
                "produkce: 203.0.113.210\nprodukce: 203.0.113.211\ntest: 203.0.113.219\n",
            ),
        ],
    },
    {
        "id": "dk032-centrum-inline-forward-one-address-dropped",
        "description": "Centrum forward of the IT man's mail with three addresses; the editor "
        "writes above it that the second production server will not be used after all, and "
        "that she is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Karlovarský večerník s.r.o.",
            I32,
            None,
            ["198.18.90.10"],
            ["198.18.90.20"],
            "Alžběta Růžičková",
            "ruzickova@kvvecernik.example",
            "+420722630581",
        ),
        "from": "Alžběta Růžičková <ruzickova@kvvecernik.example>",
        "subject": "Fwd: adresy na volby",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML za Karlovarský večerník "
        "s.r.o., IČO " + I32 + ". Níže přeposílám adresy od našeho technika, jen s jednou "
        "změnou: druhý produkční server (198.18.90.11) nakonec nebude, zůstane jen 198.18.90.10."
        " Kontaktní osobou jsem já, tel. 722 630 581.\n\nAlžběta Růžičková\nvedoucí vydání\n\n"
        "---------- Původní e-mail ----------\nOd: Michal Ptáček <ptacek@kvvecernik.example>\n"
        "Komu: Alžběta Růžičková <ruzickova@kvvecernik.example>\nDatum: 16. 9. 2025 15:22:10\n"
        "Předmět: adresy na volby\n\nAhoj Betko,\nprodukce 198.18.90.10 a 198.18.90.11, test "
        "198.18.90.20.\nMichal\n",
    },
    {
        "id": "dk033-outlook-ios-note-no-test",
        "description": "Outlook for iOS note without diacritics: one server, 'test zatim "
        "nemame', the IČO after the company name, 'Get Outlook for iOS' under the name",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Novojicinsky kuryr s.r.o.",
            I33,
            None,
            ["203.0.113.240"],
            [],
            "Lukas Mikulik",
            "mikulik@njkuryr.example",
            "+420603714228",
        ),
        "from": "Lukas Mikulik <mikulik@njkuryr.example>",
        "subject": "XML volby - zadost",
        "headers": OUTLOOK_IOS,
        "body": "Dobry den, zadam o pristup k XML vysledkum voleb za Novojicinsky kuryr "
        "s.r.o., ICO " + I33 + ". Server 203.0.113.240, test zatim nemame. Kontakt ja, "
        "603 714 228.\nLukas Mikulik\n\nGet Outlook for iOS\n",
    },
    {
        "id": "dk034-fastmail-correction-quoting-first-mail",
        "description": "a second mail 'Oprava žádosti' above the first one quoted: one "
        "production address no longer used, a test address added; the rest from the quote",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Orlický týdeník, z.ú.",
            I34,
            None,
            ["198.51.100.91", "198.51.100.93"],
            ["198.51.100.99"],
            "David Šmíd",
            "smid@orlickytydenik.example",
            "+420494531207",
        ),
        "from": "David Šmíd <smid@orlickytydenik.example>",
        "subject": "Oprava žádosti – přístup k XML (Orlický týdeník)",
        "headers": FASTMAIL,
        "body": "Dobrý den,\n\nomlouvám se, ve včerejší žádosti (níže) jsem uvedl adresu "
        "198.51.100.92, kterou už nepoužíváme – vypusťte ji prosím. Nově přidáváme testovací "
        "adresu 198.51.100.99. Ostatní platí.\n\nDavid Šmíd\n\nOn Tue, Sep 16, 2025, at 18:04, "
        "David Šmíd wrote:\n> Dobrý den,\n> Orlický týdeník, z.ú., IČO " + I34 + ", žádá o "
        "přístup k průběžným výsledkům voleb ve formátu XML.\n> Produkční adresy: "
        "198.51.100.91, 198.51.100.92, 198.51.100.93\n> Kontakt: David Šmíd, "
        "smid@orlickytydenik.example, tel. 494 531 207\n",
    },
    {
        "id": "dk035-airmail-feed-withdrawn-in-postscript",
        "description": "Airmail: feed (one server) and filming asked, then a postscript after "
        "talking to the boss withdraws the XML (an agency supplies the results); filming only",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Liberecký magazín s.r.o.",
            None,
            None,
            [],
            [],
            "Veronika Pokorná",
            "pokorna@libereckymagazin.example",
            "+420739650173",
        ),
        "from": "Veronika Pokorná <pokorna@libereckymagazin.example>",
        "subject": "Volby – XML a natáčení",
        "headers": AIRMAIL,
        "body": "Dobrý den,\n\nza Liberecký magazín s.r.o. bychom chtěli požádat o přístup k "
        "výsledkům voleb v XML (náš server má adresu 192.0.2.190) a o povolení natáčet ve "
        "volební noc na Vašem pracovišti v Liberci.\n\nKontakt: Veronika Pokorná, 739 650 "
        "173.\n\nDěkuji\nVeronika Pokorná\n\nPS: Ještě jsem to probírala se šéfem – XML "
        "nakonec nepotřebujeme, výsledky nám dodává ČTK. Takže prosím jen to natáčení.\n",
    },
    {
        "id": "dk036-outlook-reply-own-gateway-external-tag",
        "description": "reply to the officer's request for the IČO and a phone under 'RE: "
        "[EXTERNAL] RE:' (the applicant's own gateway tagged the office's mail, whose quote "
        "opens with the banner and holds the office's phone); addresses only in the quoted "
        "first mail; the group's long disclaimer",
        "style": Style.EXTERNAL,
        "labels": L(
            [FEED],
            "Jihomoravský expres a.s.",
            I36,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Tereza Konečná",
            "konecna@jmexpres.example",
            "+420541212906",
        ),
        "from": "Konečná Tereza <konecna@jmexpres.example>",
        "subject": "RE: [EXTERNAL] RE: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nIČO: " + I36 + "\nTelefon: 541 212 906 (přímá linka)\n\n"
        "S pozdravem\nTereza Konečná\nonline redakce\n\n________________________________\n"
        "From: Jana Malá <mala@czso.cz>\nSent: Wednesday, September 17, 2025 1:40 PM\nTo: "
        "Konečná Tereza <konecna@jmexpres.example>\nSubject: [EXTERNAL] RE: Žádost o přístup "
        "k výsledkům voleb\n\nPOZOR: Tento e-mail pochází z externího zdroje. Buďte opatrní "
        "při otevírání odkazů a příloh. | CAUTION: This email originated outside Panoráma "
        "Media Group.\n\nDobrý den,\nprosím doplňte IČO žadatele a telefon na kontaktní osobu."
        "\nJana Malá\nČeský statistický úřad | IČO 00025593 | tel. 274 052 733\n\n"
        "________________________________\nFrom: Konečná Tereza <konecna@jmexpres.example>\n"
        "Sent: Wednesday, September 17, 2025 9:15 AM\nTo: podatelna@czso.cz\nSubject: Žádost "
        "o přístup k výsledkům voleb\n\nDobrý den,\nJihomoravský expres a.s. žádá o přístup k "
        "XML s průběžnými výsledky voleb.\nProdukční: 203.0.113.130, 203.0.113.131\n"
        "Testovací: 203.0.113.139\nKontaktní osoba: Tereza Konečná\nDěkuji, T. Konečná\n"
        + _GROUP_FOOTER,
    },
    {
        "id": "dk037-mutt-british-test-from-production",
        "description": "a British data company writes English from Mutt: one production server "
        "it will also test from, 'Ltd' spelled out in the signature, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ballot Data Ltd",
            None,
            None,
            ["192.0.2.199"],
            [],
            "Oliver Bennett",
            "oliver.bennett@ballotdata.example",
            "+447700900123",
        ),
        "from": "Oliver Bennett <oliver.bennett@ballotdata.example>",
        "subject": "XML results feed - access request",
        "headers": MUTT,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "Hello,\n\nwe provide election data to several UK and Irish broadcasters and "
        "would like to request access to your XML results feed for the Czech parliamentary "
        "elections.\n\nOur collector runs on a single host, 192.0.2.199; we will run our "
        "tests from the same machine, so there is no separate test address.\n\nI'm the "
        "contact for this - mobile +44 7700 900123.\n\nThanks,\nOliver\n\n-- \nOliver "
        "Bennett | Lead Engineer\nBallot Data Ltd, London\n",
    },
    {
        "id": "dk038-notes-shared-mailbox-contact-by-surname",
        "description": "HCL Notes mail from the newsroom's shared box: the body names the "
        "contact as 'pan Zedník (viz podpis)', the signature lists three people with roles, "
        "e-mails and phones; feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Havířovský deník a.s.",
            I38,
            None,
            ["198.18.120.10", "198.18.120.11"],
            ["198.18.120.30"],
            "Aleš Zedník",
            "zednik@havirovskydenik.example",
            "+420596110244",
        ),
        "from": "Redakce Havířovský deník <redakce@havirovskydenik.example>",
        "subject": "Žádost: XML výsledky voleb + natáčení Ostrava",
        "headers": NOTES,
        "body": "Dobrý den,\n\nHavířovský deník a.s., IČO " + I38 + ", žádá o přístup k "
        "průběžným výsledkům voleb ve formátu XML a o povolení natáčet ve volební noc na "
        "krajském pracovišti v Ostravě.\n\nIP adresy:\nprodukční 198.18.120.10, "
        "198.18.120.11\ntestovací 198.18.120.30\n\nVe věci žádosti se prosím obracejte na "
        "pana Zedníka (viz podpis).\n\nS pozdravem\n\nMgr. Hana Stoklasová | šéfredaktorka | "
        "stoklasova@havirovskydenik.example | 596 110 200\nIng. Aleš Zedník | vedoucí IT | "
        "zednik@havirovskydenik.example | 596 110 244\nPetr Bača | kameraman | 604 882 615\n",
    },
    {
        "id": "dk039-zimbra-faculty-letter-university",
        "description": "a faculty's student studio applies by a letter typed into Zimbra; the "
        "university (with ', veřejná vysoká škola' in the letterhead) is the applicant; a "
        "doctoral student named the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Vysočina, veřejná vysoká škola",
            I39,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.245"],
            "Filip Doležal",
            "dolezal@fsv.univysocina.example",
            "+420567141233",
        ),
        "from": "Filip Doležal <dolezal@fsv.univysocina.example>",
        "subject": "Žádost o přístup k výsledkům voleb – studentské studio FSV UV",
        "headers": ZIMBRA,
        "body": "Univerzita Vysočina, veřejná vysoká škola\nFakulta sociálních věd\n"
        "Tolstého 16, 586 01 Jihlava\nIČO " + I39 + "\n\nVážení,\n\nstudentské televizní "
        "studio Fakulty sociálních věd Univerzity Vysočina připravuje živé volební vysílání a "
        "žádá o přístup k průběžným výsledkům voleb ve formátu XML.\n\nProdukční IP adresy: "
        "192.0.2.240, 192.0.2.241\nTestovací IP adresa: 192.0.2.245\n\nKontaktní osobou je "
        "doktorand Mgr. Filip Doležal, dolezal@fsv.univysocina.example, tel. 567 141 233.\n\n"
        "S pozdravem\n\ndoc. PhDr. Ivana Králová, Ph.D.\nproděkanka pro vnější vztahy\n"
        "(odesláno za ni Filipem Doležalem)\n",
    },
    {
        "id": "dk040-databox-town-filming-pdf",
        "description": "a town's data message (public-authority box): the PDF asks only to "
        "film for the town's own TV with a crew of two; the annotation 'viz příloha'",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Skalná Hora",
            I40,
            "z9pd4wc",
            [],
            [],
            "Kamila Benešová",
            "benesova@skalnahora.example",
            "+420558742310",
        ),
        "databox": box("z9pd4wc", "Město Skalná Hora", "Náměstí 1, 739 11 Skalná Hora", 10),
        "subject": "Žádost o povolení natáčení – viz příloha",
        "attachments": [
            (
                "pdf",
                "zadost_nataceni_TVSH.pdf",
                [
                    "Město Skalná Hora, Náměstí 1, 739 11 Skalná Hora, IČO " + I40,
                    "Věc: Žádost o povolení natáčení ve volební noc",
                    "Město Skalná Hora, vydavatel městské televize TV Skalná Hora, žádá o "
                    "povolení natáčet ve volební noc na krajském pracovišti ČSÚ v Ostravě. "
                    "Štáb: Ondřej Válek (kamera), Kamila Benešová (redaktorka).",
                    {
                        "rows": [
                            ["Kontaktní osoba", "Kamila Benešová"],
                            ["E-mail", "benesova@skalnahora.example"],
                            ["Telefon", "558 742 310"],
                        ],
                        "widths": [120, 240],
                    },
                    "Ing. Miroslav Holub, starosta",
                ],
            )
        ],
    },
    {
        "id": "dk041-thunderbird-flowed-delsp-hostnames",
        "description": "chatty format=flowed (delsp) Thunderbird mail from the IT admin: host "
        "names with their addresses after an arrow, the test one 'beta', the IČO mid-sentence",
        "style": Style.HOSTNAME,
        "labels": L(
            [FEED],
            "Českolipský deník s.r.o.",
            I41,
            None,
            ["198.51.100.111", "198.51.100.112"],
            ["198.51.100.119"],
            "Ivan Štěpánek",
            "stepanek@ceskolipskydenik.example",
            "+420487821366",
        ),
        "from": "Ivan Štěpánek <stepanek@ceskolipskydenik.example>",
        "subject": "Re: volby 2025 – IP",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\njak jsme se bavili po telefonu, posílám adresy. Letos "
        "jsme  \nkonečně přešli na vlastní servery, takže to máme takhle:\n\n"
        "xml1.ceskolipsky.example.cz -> 198.51.100.111 (produkce)\n"
        "xml2.ceskolipsky.example.cz -> 198.51.100.112 (produkce)\n"
        "beta.ceskolipsky.example.cz -> 198.51.100.119 (test)\n\nŽádáme jako Českolipský "
        "deník s.r.o. (IČO " + I41 + ") a já budu  \nkontaktní osoba, protože to stejně celé "
        "budu hlídat – tel. 487 821 366.\n\nDíky a ať se volby vydaří,\nIvan Štěpánek\n",
    },
    {
        "id": "dk042-proton-two-slashed-lines-ipv6",
        "description": "Proton Mail: two slashed lines, 'IPv4 prod/test: … / …' and 'IPv6 "
        "prod/test: … / …'; the company and IČO in the signature",
        "style": Style.SLASHED,
        "labels": L(
            [FEED],
            "Datavolby s.r.o.",
            I42,
            None,
            ["203.0.113.225", "2001:db8:d5::25"],
            ["203.0.113.226", "2001:db8:d5::26"],
            "Klára Vojtíšková",
            "klara@datavolby.example",
            "+420702411598",
        ),
        "from": "Klára Vojtíšková <klara@datavolby.example>",
        "subject": "Přístup k XML výsledkům voleb",
        "headers": PROTON,
        "body": "Dobrý den,\n\nrádi bychom požádali o přístup k XML s průběžnými výsledky "
        "voleb. Adresy:\n\nIPv4 prod/test: 203.0.113.225 / 203.0.113.226\nIPv6 prod/test: "
        "2001:db8:d5::25 / 2001:db8:d5::26\n\nKontaktní osobou jsem já.\n\nS pozdravem\n"
        "Klára Vojtíšková\nDatavolby s.r.o., IČO " + I42 + "\ntel. +420 702 411 598\n",
    },
]
