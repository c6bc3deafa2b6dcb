"""Fifteenth held-out part ``ic``, cases ic029–ic042: IPv6 blocks, a Danish freelancer,
netmasks, a withdrawn feed request, RTF and forwarded messages, signed and legacy-charset
mail, Finnish and Italian filming requests, and a second data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifteenth_ic_common import BOTH, FEED, FILM, L, Style, ico

ICO_KOPEC = ico("0876543")
ICO_MESTO = ico("0029963")
ICO_RTF = ico("0028215")
ICO_NOVA = ico("2713450")
ICO_SKTV = ico("3650012")
ICO_SPOLEK = ico("2280741")
ICO_VYDAV = ico("4531098")
ICO_RADIO = ico("2604410")
ICO_KRAJ = ico("2778322")

CASES: list[dict[str, Any]] = [
    {
        "id": "ic029-polish-ipv6-block",
        "description": "Polish broadcaster in mixed English/Polish; an IPv6 /126 is four hosts",
        "style": Style.NETWORK,
        "labels": L(FEED, "Radio Beskidy S.A.", None, None,
                    ["2001:db8:77::10", "2001:db8:77::11", "2001:db8:77::12", "2001:db8:77::13"],
                    ["192.0.2.250"],
                    "Agnieszka Wróbel", "a.wrobel@radiobeskidy.example", "+48338120455"),
        "from": "Agnieszka Wróbel <a.wrobel@radiobeskidy.example>",
        "subject": "Access to XML election results / dostęp do wyników",
        "body": (
            "Good morning,\n\n"
            "Radio Beskidy S.A. (Bielsko-Biała) asks for access to the XML results service. "
            "Our production runs on IPv6 only, prefix 2001:db8:77::10/126 (the whole /126, "
            "four hosts). Test environment: 192.0.2.250.\n\n"
            "Pozdrawiam serdecznie,\nAgnieszka Wróbel\ndział techniczny\ntel. +48 33 812 04 55\n"
        ),
    },
    {
        "id": "ic030-danish-freelancer",
        "description": "Danish freelance journalist without a company; his own name is the applicant",
        "style": Style.FREELANCER,
        "labels": L(FEED, "Søren Kjærgaard", None, None, ["198.51.100.99"], [],
                    "Søren Kjærgaard", "soren@kjaergaard-journalism.example", "+4522418077"),
        "from": "Søren Kjærgaard <soren@kjaergaard-journalism.example>",
        "subject": "Election feed request from a freelance journalist",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a Danish freelance journalist (no company, I write for several Nordic "
            "papers) and I would like access to the election results XML feed. I run a small "
            "server at 198.51.100.99, which is the only address I need.\n\n"
            "Mange tak,\nSøren Kjærgaard\n+45 22 41 80 77\n"
        ),
    },
    {
        "id": "ic031-terse-netmask",
        "description": "Terse technician without diacritics; address with a /31-style netmask",
        "style": Style.NETWORK,
        "labels": L(FEED, "Kopec Media s.r.o.", ICO_KOPEC, None,
                    ["198.51.100.64", "198.51.100.65"], ["198.51.100.70"],
                    "Jiri Kopecky", "admin@kopecmedia.example", "+420725113908"),
        "from": "admin <admin@kopecmedia.example>",
        "subject": "xml volby",
        "body": (
            "Dobry den,\n"
            "Kopec Media s.r.o., ICO " + ICO_KOPEC + ", zadame o pristup k XML.\n"
            "prod: 198.51.100.64 maska 255.255.255.254\n"
            "test: 198.51.100.70\n"
            "J. Kopecky, 725113908\n\n"
            "--\nJiri Kopecky, admin\n"
        ),
    },
    {
        "id": "ic032-feed-withdrawn-filming-stays",
        "description": "Municipal press office withdraws the feed part; only filming remains",
        "style": Style.DECLINED,
        "labels": L(FILM, "Statutární město Kladno", ICO_MESTO, None, [], [],
                    "Marek Houdek", "houdek@mesto-kladno.example", "+420312604299"),
        "from": "Marek Houdek <houdek@mesto-kladno.example>",
        "subject": "Úprava žádosti – jen natáčení",
        "body": (
            "Dobrý den,\n\n"
            "minulý týden jsme za Statutární město Kladno (IČO " + ICO_MESTO + ") žádali "
            "o přístup k XML výsledkům a o povolení natáčet na přebíracím místě. Přístup "
            "k XML už nepotřebujeme – výsledky bude na web města dodávat externí firma – "
            "takže tuto část žádosti stahujeme. Natáčení pro městskou televizi "
            "na přebíracím místě v Kladně ale trvá.\n\n"
            "Marek Houdek\ntiskový mluvčí\n312 604 299\n"
        ),
    },
    {
        "id": "ic033-municipal-rtf",
        "description": "Town hall sends a formal RTF letter; the cover mail is from a clerk",
        "style": Style.MUNICIPAL,
        "labels": L(FEED, "Město Vysoké Mýto", ICO_RTF, None,
                    ["203.0.113.5", "203.0.113.6"], [],
                    "Dagmar Pešková", "peskova@vysokemyto.example", "+420465466210"),
        "from": "Podatelna MěÚ <podatelna@vysokemyto.example>",
        "subject": "Žádost Města Vysoké Mýto",
        "body": "Dobrý den, v příloze zasíláme žádost města. Podatelna MěÚ Vysoké Mýto\n",
        "attachments": [("rtf", "zadost_mesto.rtf", [
            "Město Vysoké Mýto, IČO: " + ICO_RTF,
            "Věc: Žádost o přístup k XML s výsledky voleb",
            "Město vydává měsíčník Vysokomýtský zpravodaj a na svém webu chce zveřejňovat "
            "výsledky voleb. Žádáme o povolení přístupu pro adresy pro ostrý provoz "
            "203.0.113.5 a 203.0.113.6.",
            [["Kontaktní osoba", "Dagmar Pešková, oddělení komunikace"],
             ["E-mail", "peskova@vysokemyto.example"],
             ["Telefon", "465 466 210"]],
        ])],
    },
    {
        "id": "ic034-forward-own-with-phone-fix",
        "description": "Editor forwards her own earlier request (EML) and corrects the phone",
        "style": Style.REPLY,
        "labels": L(FEED, "NOVA REGION media s.r.o.", ICO_NOVA, None,
                    ["192.0.2.61"], ["192.0.2.62"],
                    "Kristýna Havlíková", "havlikova@novaregion.example", "+420733590128"),
        "from": "Kristýna Havlíková <havlikova@novaregion.example>",
        "subject": "Fwd: žádost o XML",
        "body": (
            "Dobrý den,\n\nposílám znovu svou žádost z minulého týdne, nedostala jsem "
            "potvrzení. V původní zprávě je navíc špatné telefonní číslo – správné je "
            "733 590 128.\n\nKristýna Havlíková\n"
        ),
        "attachments": [("eml", "zadost.eml", {
            "id": "ic034-inner",
            "from": "Kristýna Havlíková <havlikova@novaregion.example>",
            "subject": "žádost o XML",
            "body": (
                "Dobrý den,\n\nNOVA REGION media s.r.o., IČO " + ICO_NOVA + ", žádá "
                "o přístup k XML výsledkům voleb.\nProdukce: 192.0.2.61\nTest: 192.0.2.62\n\n"
                "Kristýna Havlíková, redaktorka, tel. 733 509 128\n"
            ),
        })],
    },
    {
        "id": "ic035-slovak-no-diacritics-both",
        "description": "Slovak TV writing Slovak without diacritics; feed and filming",
        "style": Style.SLOVAK,
        "labels": L(BOTH, "TV Zahorie, s.r.o.", ICO_SKTV, None,
                    ["192.0.2.190", "192.0.2.191"], ["192.0.2.199"],
                    "Juraj Mrazik", "mrazik@tvzahorie.example", "+421344552107"),
        "from": "Juraj Mrazik <mrazik@tvzahorie.example>",
        "subject": "ziadost - volby CR",
        "body": (
            "Dobry den,\n\n"
            "TV Zahorie, s.r.o., ICO " + ICO_SKTV + ", Senica, by chcela pokryt ceske volby. "
            "Ziadame o pristup k XML vysledkom (produkcia 192.0.2.190 a 192.0.2.191, "
            "test 192.0.2.199) a o povolenie natacat na preberacom mieste v Hodoníne.\n\n"
            "Kontakt: Juraj Mrazik, +421 34 455 2107\n\nDakujem\nJuraj Mrazik\n"
        ),
    },
    {
        "id": "ic036-italian-videomaker-filming",
        "description": "Italian freelance videomaker writing in Italian asks only to film",
        "style": Style.FILMING,
        "labels": L(FILM, "Marco Bellandi", None, None, [], [],
                    "Marco Bellandi", "marco.bellandi@videoreporter.example", "+393471188204"),
        "from": "Marco Bellandi <marco.bellandi@videoreporter.example>",
        "subject": "Richiesta permesso di riprese",
        "body": (
            "Buongiorno,\n\n"
            "sono un videomaker freelance di Bologna e sto girando un documentario sulle "
            "elezioni in Europa centrale. Vorrei chiedere il permesso di fare riprese presso "
            "il vostro punto di raccolta a Praga la notte dello spoglio. Non mi servono i "
            "dati XML.\n\n"
            "Grazie mille,\nMarco Bellandi\ncell. +39 347 118 8204\n"
        ),
    },
    {
        "id": "ic037-german-university-english",
        "description": "German university institute in English; no IČO, one production and one test",
        "style": Style.UNIVERSITY,
        "labels": L(FEED, "Technische Universität Oberlausitz", None, None,
                    ["203.0.113.177"], ["203.0.113.178"],
                    "Felix Brandstätter", "felix.brandstaetter@tu-oberlausitz.example",
                    "+493581774102"),
        "from": "Dr. Felix Brandstätter <felix.brandstaetter@tu-oberlausitz.example>",
        "subject": "Research access to the XML results service",
        "body": (
            "Dear colleagues,\n\n"
            "the Institute of Political Science at Technische Universität Oberlausitz "
            "(Görlitz) studies cross-border electoral behaviour. We kindly ask for access "
            "to the XML results service for one production machine (203.0.113.177) and one "
            "test machine (203.0.113.178).\n\n"
            "Contact: Dr. Felix Brandstätter, phone +49 3581 774 102\n\n"
            "Best wishes,\nFelix Brandstätter\n"
        ),
    },
    {
        "id": "ic038-range-in-words",
        "description": "Addresses given in words ('three addresses from … to …'), a spolek applicant",
        "style": Style.NETWORK,
        "labels": L(FEED, "Ústecký občasník, z.s.", ICO_SPOLEK, None,
                    ["203.0.113.101", "203.0.113.102", "203.0.113.103"], [],
                    "Zdeněk Charvát", "charvat@ustecky-obcasnik.example", "+420475221903"),
        "from": "Zdeněk Charvát <charvat@ustecky-obcasnik.example>",
        "subject": "prosba o XML s výsledky",
        "body": (
            "Dobrý den,\n\n"
            "náš spolek Ústecký občasník, z.s. (IČO " + ICO_SPOLEK + ") provozuje malý "
            "zpravodajský web. Povolte nám prosím tři adresy, počínaje 203.0.113.101 "
            "a konče 203.0.113.103 – všechny jsou ostrý provoz, test nemáme.\n\n"
            "Děkuji, Zdeněk Charvát, předseda spolku, tel. 475 221 903\n"
        ),
    },
    {
        "id": "ic039-smime-iso-8859-2",
        "description": "S/MIME-signed mail in iso-8859-2 from a publishing house",
        "style": Style.SIGNED,
        "labels": L(FEED, "Vydavatelství Krkonoše a.s.", ICO_VYDAV, None,
                    ["198.51.100.180", "198.51.100.181", "198.51.100.182"], ["198.51.100.190"],
                    "Roman Štícha", "sticha@vydkrkonose.example", "+420499811356"),
        "from": "Roman Štícha <sticha@vydkrkonose.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "charset": "iso-8859-2",
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Vydavatelství Krkonoše a.s., IČO " + ICO_VYDAV + ", vydavatel týdeníku "
            "Krkonošský posel, žádá o přístup k XML výsledkům voleb.\n\n"
            "Produkční servery: 198.51.100.180-182\nTestovací server: 198.51.100.190\n\n"
            "Zprávu podepisuji elektronicky.\nRoman Štícha, technický ředitel, 499 811 356\n"
        ),
    },
    {
        "id": "ic040-outlook-1250-ipv6-test",
        "description": "Outlook HTML in windows-1250 from a regional radio; IPv6 test hosts",
        "style": Style.OUTLOOK,
        "labels": L(FEED, "Rádio Haná Plus s.r.o.", ICO_RADIO, None,
                    ["192.0.2.144"], ["2001:db8:aa::1", "2001:db8:aa::2"],
                    "Michaela Šťastná", "stastna@radiohanaplus.example", "+420585223677"),
        "from": "Michaela Šťastná <stastna@radiohanaplus.example>",
        "subject": "Žádost o XML výsledky – Rádio Haná Plus",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nRádio Haná Plus s.r.o. (IČO " + ICO_RADIO + ") žádá o přístup "
            "k XML výsledkům.\nOstrý provoz: 192.0.2.144\n"
            "Testovací prostředí (IPv6): 2001:db8:aa::1, 2001:db8:aa::2\n\n"
            "Michaela Šťastná\nprogramová ředitelka\nTel.: +420 585 223 677\n"
        ),
        "html": (
            "<html><body><p class=MsoNormal>Dobrý den,</p>"
            "<p class=MsoNormal>Rádio Haná Plus s.r.o. (IČO " + ICO_RADIO + ") žádá o přístup "
            "k XML výsledkům.<br>Ostrý provoz: 192.0.2.144<br>"
            "Testovací prostředí (IPv6): 2001:db8:aa::1, 2001:db8:aa::2</p>"
            "<p class=MsoNormal>Michaela Šťastná<br>programová ředitelka<br>"
            "Tel.: +420 585 223 677</p></body></html>"
        ),
    },
    {
        "id": "ic041-finnish-filming-no-feed",
        "description": "Finnish broadcaster, Finnish with English; declines the feed, asks to film",
        "style": Style.FOREIGN,
        "labels": L(FILM, "Pohjolan Uutiskanava Oy", None, None, [], [],
                    "Aino Lehtonen", "aino.lehtonen@puk.example", "+358401234567"),
        "from": "Aino Lehtonen <aino.lehtonen@puk.example>",
        "subject": "Kuvauslupa / filming permit - Czech elections",
        "body": (
            "Hyvä vastaanottaja,\n\n"
            "Pohjolan Uutiskanava Oy pyytää kuvauslupaa vaalien tulosten "
            "vastaanottopisteeseen Prahassa. XML-tulospalvelua emme tarvitse.\n\n"
            "In English: we ask for permission to film at a collection point in Prague; "
            "we do NOT need the XML feed.\n\n"
            "Yhteyshenkilö / contact: Aino Lehtonen, +358 40 123 4567\n\n"
            "Ystävällisin terveisin,\nAino Lehtonen\n"
        ),
    },
    {
        "id": "ic042-databox-regional-authority",
        "description": "Regional authority's data box on behalf of its own magazine; TXT attachment",
        "style": Style.DATABOX,
        "labels": L(FEED, "Kraj Vysočina", ICO_KRAJ, "f8rwz3c",
                    ["198.51.100.230", "198.51.100.231"], [],
                    "Ivana Doležalová", "dolezalova.i@kr-vysocina.example", "+420564602118"),
        "subject": "Přístup k XML výsledkům – krajský magazín",
        "databox": {"box": "f8rwz3c", "sender": "Kraj Vysočina", "address": "Jihlava",
                    "type": 10},
        "attachments": [("txt", "zadost_kraj.txt", (
            "Kraj Vysočina (IČO " + ICO_KRAJ + ") vydává magazín Vysočina a na krajském "
            "portálu chce zveřejňovat výsledky voleb. Žádáme o přístup k XML pro servery "
            "198.51.100.230 a 198.51.100.231 (ostrý provoz).\n"
            "Vyřizuje Ivana Doležalová, tel. 564 602 118, dolezalova.i@kr-vysocina.example\n"
        ))],
    },
]
