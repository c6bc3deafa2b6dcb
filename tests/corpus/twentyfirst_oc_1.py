"""Twentyfirst held-out part ``oc``, cases oc001–oc014: a German daily with a CIDR block, a
Polish radio writing Polish, a Slovak freelancer who only films, a Hungarian television mixing
English, a university with a netmask in a PDF, a municipality's data message with an ODT
letter, a Swedish agency on IPv6, an IT contractor writing for its client, a terse phone note,
a long DOCX letter that withdraws filming, a replaced server, filming left for a later
election, a French crew filming only and an internal address behind NAT. Written by hand apart
from the extraction rules (see make_twentyfirst_oc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I2, I5, I6, I8, I8C = ico("5318274"), ico("0021637"), ico("0028915"), ico("2741806"), ico("0647193")
I9, I10, I11, I12, I14 = (
    ico("0917354"),
    ico("2630498"),
    ico("4817260"),
    ico("2705319"),
    ico("0318746"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "oc001-german-daily-cidr-block",
        "description": "German daily writing German: production as a /30 block (four "
        "addresses), 'Testzugang' single; no IČO, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinische Tagespost GmbH",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["198.51.100.200"],
            "Katrin Vogel",
            "k.vogel@rheinische-tagespost.example",
            "+4922155081432",
        ),
        "from": '"Dr. Katrin Vogel" <k.vogel@rheinische-tagespost.example>',
        "subject": "Antrag auf Zugang zu den XML-Wahlergebnissen (Parlamentswahl CZ)",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rheinische Tagespost GmbH (Köln) berichtet in diesem Jahr ausführlich über die "
            "Wahl zum Abgeordnetenhaus der Tschechischen Republik. Wir beantragen hiermit den "
            "Zugang zum Server mit den laufenden Ergebnissen im XML-Format.\n\n"
            "Produktivsysteme: unser Netz 203.0.113.16/30 (alle vier Adressen werden "
            "genutzt, Lastverteilung)\n"
            "Testzugang: 198.51.100.200\n\n"
            "Eine tschechische Firmennummer (IČO) haben wir nicht; unsere USt-IdNr. lautet "
            "DE 812 334 507, Handelsregister Amtsgericht Köln HRB 40211.\n\n"
            "Ansprechpartnerin bin ich selbst, tagsüber unter +49 221 5508-1432, in der "
            "Wahlnacht zusätzlich über die Zentralredaktion +49 221 5508-0.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Katrin Vogel\n"
            "Leiterin Datenjournalismus\n"
            "Rheinische Tagespost GmbH\n"
            "Breite Straße 118, 50667 Köln\n"
        ),
    },
    {
        "id": "oc002-polish-radio-range-and-film",
        "description": "Polish regional radio writing Polish in ISO-8859-2: production as a "
        "written range of three, one test address, also asks to record",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Beskidy Sp. z o.o.",
            None,
            None,
            ["192.0.2.50", "192.0.2.51", "192.0.2.52"],
            ["192.0.2.60"],
            "Agnieszka Wróbel",
            "a.wrobel@radiobeskidy.example",
            "+48338126450",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radiobeskidy.example>",
        "subject": "Wniosek - dostęp do wyników wyborów XML oraz nagrania",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu Radia Beskidy Sp. z o.o. z siedzibą w Bielsku-Białej zwracam się z "
            "prośbą o udostępnienie wyników wyborów do Izby Poselskiej w formacie XML.\n\n"
            "Adresy produkcyjne: zakres 192.0.2.50 - 192.0.2.52\n"
            "Adres testowy: 192.0.2.60\n\n"
            "Prosimy również o zgodę na nagrywanie materiału dźwiękowego w punkcie zbierania "
            "danych w Ostrawie w noc wyborczą (reporterka + technik, bez oświetlenia).\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 33 812 64 50, "
            "a.wrobel@radiobeskidy.example\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "kierownik redakcji informacji\n"
            "Radio Beskidy Sp. z o.o., NIP 547-190-22-81, KRS 0000143027\n"
        ),
    },
    {
        "id": "oc003-slovak-freelancer-film-only",
        "description": "Slovak freelance reporter writing Slovak asks only to film and "
        "says she does not need the XML; no company, no IČO",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Zuzana Hrušovská",
            None,
            None,
            [],
            [],
            "Zuzana Hrušovská",
            "zuzka.hrusovska@postak.example",
            "+421905318227",
        ),
        "from": "Zuzana Hrušovská <zuzka.hrusovska@postak.example>",
        "subject": "Žiadosť o povolenie nakrúcania – voľby 2025",
        "headers": GMAIL,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá reportérka zo Žiliny, pracujem na voľnej nohe, tento rok "
            "pripravujem reportáž o českých voľbách pre niekoľko slovenských webov. "
            "Rada by som požiadala o povolenie nakrúcať na zbernom mieste ČSÚ v Ostrave "
            "večer po uzavretí volebných miestností (cca 14:00 – 18:00), len s malou kamerou "
            "a bez svetiel.\n\n"
            "O prístup k XML výsledkom nežiadam, ten nepotrebujem.\n\n"
            "Ak by ste niečo potrebovali, som na čísle 0905 318 227.\n\n"
            "Ďakujem pekne,\n"
            "Zuzana Hrušovská\n"
            "www.hrusovska-reportaze.example\n"
        ),
    },
    {
        "id": "oc004-hungarian-tv-mixed-english",
        "description": "Hungarian TV writing Hungarian with English role words in brackets, "
        "ISO-8859-2; the contact is a named colleague, not the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Televízió Zrt.",
            None,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Szabó Levente",
            "szabo.levente@dunamentitv.example",
            "+36205514387",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunamentitv.example>",
        "subject": "XML hozzáférés / XML access request – Dunamenti Televízió",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem/Uram,\n\n"
            "a Dunamenti Televízió Zrt. nevében kérjük a hozzáférést a cseh választási "
            "eredmények XML szerveréhez.\n\n"
            "Éles (production) IP: 198.51.100.33\n"
            "Teszt (test) IP: 198.51.100.34\n\n"
            "Kapcsolattartó (contact person): Szabó Levente, műszaki vezető, "
            "szabo.levente@dunamentitv.example, +36 20 551 4387\n\n"
            "Forgatási engedélyt ezúttal nem kérünk.\n\n"
            "Üdvözlettel / Best regards,\n"
            "Kovács Eszter\n"
            "hírszerkesztő\n"
            "Dunamenti Televízió Zrt., Budapest\n"
            "+36 1 488 2200\n"
        ),
    },
    {
        "id": "oc005-university-netmask-pdf",
        "description": "university department sends a PDF letter: a network given by address "
        "and netmask (four addresses) in a table, contact is a named PhD student",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Moravská univerzita v Kroměříži",
            I5,
            None,
            ["192.0.2.128", "192.0.2.129", "192.0.2.130", "192.0.2.131"],
            [],
            "Ondřej Vrba",
            "ondrej.vrba@mukm.example",
            "+420573401288",
        ),
        "from": '"Doc. PhDr. Milena Sládková, CSc." <sladkova@mukm.example>',
        "subject": "Žádost o přístup k datům z voleb – výzkumný projekt",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\nv příloze zasílám žádost naší katedry o přístup k průběžným "
            "výsledkům voleb ve formátu XML (výzkumný projekt Volební noc v datech, "
            "reg. č. TL05000312).\n\nS pozdravem\nMilena Sládková\n"
            "Katedra politologie a mediálních studií\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_CSU_katedra_politologie.pdf",
                [
                    "Moravská univerzita v Kroměříži\nFilozofická fakulta, Katedra politologie "
                    "a mediálních studií\nHusovo nám. 4, 767 01 Kroměříž\nIČO: " + I5,
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Moravská univerzita v Kroměříži žádá o zpřístupnění serveru s průběžnými "
                    "výsledky voleb do Poslanecké sněmovny. Data budou použita výhradně pro "
                    "výzkum a výuku, nikoli ke zveřejnění.",
                    {
                        "rows": [
                            ["Účel", "Síť / adresa", "Maska"],
                            ["stahování výsledků (produkce)", "192.0.2.128", "255.255.255.252"],
                            ["testovací přístup", "nepožadujeme", "–"],
                        ],
                        "widths": [150, 150, 120],
                    },
                    "Kontaktní osoba pro technické záležitosti: Mgr. Ondřej Vrba, doktorand "
                    "katedry, tel. 573 401 288, ondrej.vrba@mukm.example",
                    "Natáčení ani jiné záznamy na sběrných místech nepožadujeme.",
                    "V Kroměříži dne 2. 9. 2025\n\ndoc. PhDr. Milena Sládková, CSc.\n"
                    "vedoucí katedry",
                ],
            )
        ],
    },
    {
        "id": "oc006-municipality-databox-odt-range",
        "description": "town's data message with an ODT letter: short range '198.51.100.70-72' "
        "for production, one test; the letter prints the office's own data box",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED],
            "Město Lipová Hora",
            I6,
            "u3rk8fa",
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.75"],
            "Petra Chaloupková",
            "chaloupkova@lipovahora.example",
            "+420566710233",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Zpravodaj Lipová Hora",
        "databox": {
            "box": "u3rk8fa",
            "sender": "Město Lipová Hora",
            "address": "Náměstí 1, 592 31 Lipová Hora",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby_XML.odt",
                [
                    "Město Lipová Hora, Náměstí 1, 592 31 Lipová Hora, IČO " + I6,
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10 "
                    "(datová schránka 2gfaasy)",
                    "Č. j.: MLH/4127/2025-OKS",
                    "Věc: žádost o přístup k XML s výsledky voleb",
                    "Město Lipová Hora vydává měsíčník Zpravodaj Lipové Hory a provozuje "
                    "zpravodajský web města. Ve volební noc chceme na webu průběžně zobrazovat "
                    "výsledky za obec i kraj. Žádáme proto o přístup k serveru s výsledky.",
                    [
                        ["Server", "IP adresy"],
                        ["produkční (webové servery města)", "198.51.100.70-72"],
                        ["testovací", "198.51.100.75"],
                    ],
                    "Kontaktní osoba: Petra Chaloupková, odbor kancelář starosty, "
                    "tel. 566 710 233, chaloupkova@lipovahora.example",
                    "Ing. Miroslav Bouda, starosta",
                ],
            )
        ],
    },
    {
        "id": "oc007-swedish-agency-ipv6",
        "description": "Swedish news agency writing English with Swedish sign-off: two IPv6 "
        "production addresses (one not compressed), an IPv4 test",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Nordiska Nyhetsbyrån AB",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["203.0.113.90"],
            "Johan Lindqvist",
            "johan.lindqvist@nnb.example",
            "+46855128034",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@nnb.example>",
        "subject": "Access to election results XML – Nordiska Nyhetsbyrån",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "Nordiska Nyhetsbyrån AB (org.nr 556612-4471) distributes election results to "
            "some 40 newspapers in Sweden, Finland and Norway and would like access to your "
            "XML results server for the Czech parliamentary election.\n\n"
            "Our ingest runs on IPv6 only:\n"
            "  2001:0db8:004a:0000:0000:0000:0000:0010 (primary)\n"
            "  2001:db8:4a::11 (secondary, same role)\n"
            "For testing we'd use our office line, 203.0.113.90.\n\n"
            "Contact: me, Johan Lindqvist, +46 8 551 280 34 (desk), "
            "johan.lindqvist@nnb.example.\n\n"
            "Tack så mycket / many thanks,\n"
            "Johan Lindqvist\n"
            "Data desk, Nordiska Nyhetsbyrån\n"
            "Sveavägen 44, 111 34 Stockholm\n"
        ),
    },
    {
        "id": "oc008-it-contractor-for-client",
        "description": "an IT contractor writes for its client publisher: the client is the "
        "applicant and its editor the contact; the contractor's own IČO and phone are noise",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Podralsko s.r.o.",
            I8,
            None,
            ["198.18.20.14", "198.18.20.15"],
            ["198.18.21.3"],
            "Lucie Havránková",
            "havrankova@podralsko.example",
            "+420487552916",
        ),
        "from": "Martin Šebesta <sebesta@bytewise.example>",
        "cc": "Lucie Havránková <havrankova@podralsko.example>",
        "subject": "Žádost o přístup k XML – za klienta Vydavatelství Podralsko",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem IT pro Vydavatelství Podralsko s.r.o. (IČO " + I8 + ", "
            "vydává týdeník Hlas Podralska) a jejich jménem posíláme žádost o přístup "
            "k výsledkům voleb v XML. Plná moc je k dispozici na vyžádání.\n\n"
            "Produkce (dva aplikační servery u nás v hostingu): 198.18.20.14, 198.18.20.15\n"
            "Test: 198.18.21.3\n\n"
            "Kontaktní osobou za žadatele je šéfredaktorka paní Lucie Havránková, "
            "havrankova@podralsko.example, tel. 487 552 916 (v kopii). Technické dotazy "
            "klidně směřujte na mě.\n\n"
            "S pozdravem\n"
            "Martin Šebesta\n"
            "ByteWise Solutions s.r.o., IČO " + I8C + "\n"
            "servisní linka 800 120 455, mobil 731 006 218\n"
        ),
    },
    {
        "id": "oc009-terse-iphone-note",
        "description": "three-line note from an iPhone with abbreviations prod/tst and IČ "
        "written with dots",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Deník Pootaví s.r.o.",
            I9,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Jakub Bláha",
            "blaha@pootavi.example",
            "+420777204519",
        ),
        "from": "Jakub Bláha <blaha@pootavi.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, prosím o XML: 203.0.113.5 prod, 203.0.113.6 tst.\n"
            f"Deník Pootaví s.r.o., IČ {I9[:3]}.{I9[3:6]}.{I9[6:]}\n"
            "Bláha, 777 204 519\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "oc010-long-docx-letter-withdraws-film",
        "description": "long formal DOCX letter from a regional TV: it first mentions filming, "
        "then withdraws it; addresses in a table with a merged role cell",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "TV Horácko a.s.",
            I10,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.180"],
            "Radim Procházka",
            "prochazka@tvhoracko.example",
            "+420568412077",
        ),
        "from": "Sekretariát TV Horácko <sekretariat@tvhoracko.example>",
        "subject": "Žádost TV Horácko a.s. – volby do PS 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme podepsanou žádost. Originál jde zároveň "
            "poštou.\n\nS pozdravem\nsekretariát generálního ředitele\nTV Horácko a.s.\n"
        ),
        "attachments": [
            (
                "docx",
                "TVH_zadost_CSU_2025.docx",
                {
                    "header": "TV Horácko a.s. | Žižkova 1, 586 01 Jihlava | IČO " + I10,
                    "footer": "Zapsáno v OR u KS v Brně, oddíl B, vložka 4471",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Jihlavě dne 29. srpna 2025",
                        "Věc: Žádost o přístup k průběžným výsledkům voleb",
                        "Vážené dámy, vážení pánové,",
                        "TV Horácko a.s. vysílá již devatenáctým rokem regionální "
                        "zpravodajství pro Kraj Vysočina. Stejně jako při minulých volbách "
                        "chystáme mimořádné volební studio, které začne vysílat v sobotu "
                        "4. října ve 14:00 a poběží až do sečtení posledního okrsku. Pro "
                        "grafiku a běžící lištu potřebujeme strojově čitelná data, a proto "
                        "žádáme o přístup k serveru s výsledky ve formátu XML.",
                        "V předběžném dopisu z července jsme zmínili také natáčení na "
                        "sběrném místě v Jihlavě. Od natáčení nakonec upouštíme, reportážní "
                        "štáb bude celý večer ve studiu; o povolení k natáčení tedy "
                        "nežádáme.",
                        {
                            "rows": [
                                ["Určení", "IP adresa", "Poznámka"],
                                ["Produkce", "192.0.2.171", "grafický server A"],
                                ["", "192.0.2.172", "grafický server B"],
                                ["Test", "192.0.2.180", "vývoj"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osobou ve věci žádosti je vedoucí technického provozu "
                        "Ing. Radim Procházka, tel. +420 568 412 077, "
                        "prochazka@tvhoracko.example.",
                        "Děkujeme za vyřízení.",
                        "S úctou\n\nMgr. Helena Dvořáková\ngenerální ředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "oc011-replaced-server",
        "description": "the old production server is said to be decommissioned and replaced; "
        "only the new one counts",
        "style": Style.ADDRESSES,
        "labels": L(
            [FEED],
            "Jihočeský internetový deník, z.s.",
            I11,
            None,
            ["192.0.2.20"],
            ["192.0.2.21"],
            "Filip Kouba",
            "kouba@jihocesky-denik.example",
            "+420602771405",
        ),
        "from": "Filip Kouba <kouba@jihocesky-denik.example>",
        "subject": "Obnovení přístupu k XML výsledkům – nová IP",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "při minulých krajských volbách jsme data stahovali ze serveru 192.0.2.10. "
            "Ten jsme v létě vyřadili z provozu, takže prosím už s ním nepočítejte. Nově "
            "budeme stahovat z 192.0.2.20, testovat ze stroje 192.0.2.21.\n\n"
            "Žadatel: Jihočeský internetový deník, z.s., IČO " + I11 + "\n"
            "Kontakt: Filip Kouba, 602 771 405\n\n"
            "Díky!\n"
            "Filip Kouba\n"
            "technický správce, jihocesky-denik.example\n"
        ),
    },
    {
        "id": "oc012-film-for-later-election",
        "description": "feed now; filming is meant only for the senate election next year "
        "and will be asked for separately, so it is not requested",
        "style": Style.DECLINED,
        "labels": L(
            [FEED],
            "Večerník Kladno, spol. s r.o.",
            I12,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Simona Pokorná",
            "pokorna@vecernik-kladno.example",
            "+420312245870",
        ),
        "from": "Simona Pokorná <pokorna@vecernik-kladno.example>",
        "subject": "volební výsledky XML",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            "Večerník Kladno, spol. s r.o. (IČO " + I12 + ") žádá o přístup k XML "
            "s výsledky letošních sněmovních voleb.\n"
            "Ostrý provoz: 203.0.113.140\n"
            "Zkušební: 203.0.113.141\n\n"
            "Natáčet bychom chtěli až u senátních voleb příští rok, o to Vás požádáme "
            "samostatně, teď ne.\n\n"
            "Kontakt: Simona Pokorná, 312 245 870\n\n"
            "Simona Pokorná\nVečerník Kladno\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "oc013-french-crew-film-only",
        "description": "French TV crew writing French asks only to film; the fixer in Prague "
        "is named as contact with a Czech mobile, the producer signs",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Horizons Télévision SAS",
            None,
            None,
            [],
            [],
            "Tereza Marešová",
            "tereza.maresova@fixer-praha.example",
            "+420736502114",
        ),
        "from": "Claire Dubois <c.dubois@horizons-tv.example>",
        "subject": "Demande d'autorisation de tournage – élections législatives",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><p>Madame, Monsieur,</p>'
            "<p>La société <b>Horizons Télévision SAS</b> (Lyon) prépare un reportage de "
            "26 minutes sur les élections législatives tchèques. Nous souhaiterions obtenir "
            "l'autorisation de <b>filmer</b> au centre de collecte des résultats à Brno le "
            "soir du 4 octobre (deux personnes : journaliste et caméraman).</p>"
            "<p>Nous n'avons pas besoin de l'accès aux données XML.</p>"
            "<p>Notre contact sur place est notre fixeuse, Mme Tereza Marešová "
            "(tereza.maresova@fixer-praha.example, +420 736 502 114), qui parle tchèque.</p>"
            "<p>Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.</p>"
            "<p>Claire Dubois<br>Productrice<br>Horizons Télévision SAS<br>"
            "12 quai Saint-Vincent, 69001 Lyon<br>+33 4 72 10 55 80</p></div>"
        ),
    },
    {
        "id": "oc014-internal-address-behind-nat",
        "description": "internal 10.x addresses and a hostname are mentioned; the public NAT "
        "address and a temporary cloud address are production, one test",
        "style": Style.ADDRESSES,
        "labels": L(
            [FEED],
            "Rádio Region Plus s.r.o.",
            I14,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Viktor Ambrož",
            "ambroz@regionplus.example",
            "+420725418330",
        ),
        "from": "Viktor Ambrož <ambroz@regionplus.example>",
        "subject": "RE: přístup k výsledkům voleb - IP adresy",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám adresy pro přístup k XML za Rádio Region Plus s.r.o., IČO " + I14 + ".\n\n"
            "Stahovač běží interně na xmlfetch01.int (10.20.0.15), ven ale jde přes NAT na "
            "198.51.100.140 – tu prosím povolte jako produkční. Po dobu voleb navíc "
            "dočasně poběží záložní instance v cloudu na 198.51.100.141, taky produkce.\n"
            "Testovací: 198.51.100.150.\n\n"
            "Kontakt: Viktor Ambrož, IT, 725 418 330, ambroz@regionplus.example\n\n"
            "S pozdravem\nViktor Ambrož\nRádio Region Plus\n"
        ),
    },
]
