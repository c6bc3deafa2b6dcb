"""Forty-ninth held-out part ``bw``, cases bw029–bw042: a Swedish documentary company filming
only, a joint project of a Czech daily and a Slovak portal (multipart/alternative), a Romanian
agency that withdraws the feed, an IT contractor's workbook with 'respectively', an Italian TV
deferring the XML, a Portuguese regional TV testing on production, a Swiss paper with an IPv6
/126, a Croatian TV's formal PDF with shorthand addresses, a Slovak university faculty with a
range, a Lithuanian broadcaster's reply correcting an address, a Czech newsroom of a German
group with a temporary host, a Polish research institute with a /31, a regional authority's
data message with an ODT, and a Greek TV's long English letter with an IPv6 test host.
Written by hand apart from the extraction rules (see make_fortyninth_bw); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bw_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I30, I32, I39 = ico("2748150"), ico("2901764"), ico("2637489")

CASES: list[dict[str, Any]] = [
    {
        "id": "bw029-sv-documentary-filming-only",
        "description": "Swedish documentary company in Swedish and English asks only to film; "
        "the results it will take from the public site, it says",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Dokumentärbolaget Fjäril AB",
            None,
            None,
            [],
            [],
            "Johan Sandberg",
            "johan@fjarildok.example",
            "+46735118240",
        ),
        "from": "Johan Sandberg <johan@fjarildok.example>",
        "subject": "Filming permit request – election night",
        "headers": EVOLUTION,
        "body": "Hej!\n\n"
        "Dokumentärbolaget Fjäril AB (Göteborg) is making a documentary about vote counting "
        "in European countries. Vi skulle gärna filma hos er på valnatten – at one of your "
        "collection points, preferably in Brno. Team of three, no lights.\n\n"
        "We do not need the XML data, we will show results from the public website.\n\n"
        "Johan Sandberg, producent\n+46 73 511 82 40\n",
    },
    {
        "id": "bw030-consortium-cz-daily-sk-portal-alternative",
        "description": "joint project of a Czech regional daily (the applicant, with IČO) and a "
        "Slovak portal, multipart/alternative; the Slovak partner's server is mentioned but "
        "explicitly not part of the request",
        "style": Style.CONSORTIUM,
        "labels": L(
            [FEED],
            "Moravskoslezský večerník, a.s.",
            I30,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Radim Kubala",
            "kubala@msvecernik.example",
            "+420602318774",
        ),
        "from": "Radim Kubala <kubala@msvecernik.example>",
        "subject": "Společný projekt Hranice bez hranic – žádost o XML",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "Moravskoslezský večerník, a.s. (IČO " + I30 + ") připravuje se slovenským "
        "portálem Kysuce Online společný projekt Hranice bez hranic. Žadatelem jsme my; "
        "partner dostane data od nás, jeho server (203.0.113.230) tedy prosím neregistrujte.\n\n"
        "Naše adresy: produkce 198.51.100.60 a 198.51.100.61, test 198.51.100.62.\n\n"
        "Kontakt: Radim Kubala, vedoucí vývoje, 602 318 774\n\nS pozdravem\nRadim Kubala\n",
        "html": "<p>Dobrý den,</p><p>Moravskoslezský večerník, a.s. (IČO " + I30 + ") "
        "připravuje se slovenským portálem Kysuce Online společný projekt <i>Hranice bez "
        "hranic</i>. Žadatelem jsme my; partner dostane data od nás, jeho server "
        "(203.0.113.230) tedy prosím neregistrujte.</p>"
        "<p>Naše adresy: produkce <b>198.51.100.60</b> a <b>198.51.100.61</b>, test "
        "<b>198.51.100.62</b>.</p>"
        "<p>Kontakt: Radim Kubala, vedoucí vývoje, 602 318 774</p>"
        "<p>S pozdravem<br>Radim Kubala</p>",
    },
    {
        "id": "bw031-ro-agency-feed-withdrawn",
        "description": "Romanian agency writes in Romanian for both, then a second paragraph "
        "gives up the XML (its addresses go with it): filming only",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Agenția de Presă Carpați S.A.",
            None,
            None,
            [],
            [],
            "Elena Dumitrescu",
            "elena.dumitrescu@apcarpati.example",
            "+40744218390",
        ),
        "from": "Elena Dumitrescu <elena.dumitrescu@apcarpati.example>",
        "subject": "Cerere XML + filmare / Žádost",
        "headers": K9,
        "body": "Bună ziua,\n\n"
        "Agenția de Presă Carpați S.A. (Cluj-Napoca) dorește acces la serverul XML cu "
        "rezultatele alegerilor (IP 192.0.2.230, test 192.0.2.231) și permisiunea de a "
        "filma la sediul central al ČSÚ.\n\n"
        "Revin: colegii de la IT tocmai mi-au spus că vom folosi datele de la partenerul "
        "nostru, deci renunțăm la accesul XML. Rămâne doar cererea de filmare.\n\n"
        "Elena Dumitrescu, producător, +40 744 218 390\n",
    },
    {
        "id": "bw032-contractor-xlsx-respectively",
        "description": "a Czech IT contractor sends a workbook for its news-site client (the "
        "applicant); the addresses are given in a sentence with 'respektive' order words",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zprávy Polabí s.r.o.",
            I32,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.188"],
            "Martin Hájek",
            "hajek@zpravypolabi.example",
            "+420725418330",
        ),
        "from": "Servis Hosting <podpora@servishosting.example>",
        "subject": "Za klienta Zprávy Polabí – žádost o XML výsledky",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nza našeho klienta posíláme vyplněnou tabulku. Kontaktní osobou "
        "je pan Hájek z redakce, ne my.\n\nTým podpory Servis Hosting\n",
        "attachments": [
            (
                "xlsx",
                "zadost_zpravypolabi.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zprávy Polabí s.r.o.", ""],
                            ["IČO", I32, ""],
                            ["Požadavek", "přístup k XML výsledkům", ""],
                            [
                                "IP adresy",
                                "203.0.113.180 a 203.0.113.181 jsou produkční, "
                                "respektive záložní server; 203.0.113.188 testovací",
                                "",
                            ],
                            ["Kontakt", "Martin Hájek", "hajek@zpravypolabi.example"],
                            ["Telefon", "725 418 330", ""],
                        ],
                        "merge": ["B4:C4"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bw033-it-tv-filming-now-xml-later",
        "description": "Italian regional TV asks to film now and says it will write about the "
        "XML feed before the next elections: filming only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telealpi Nordest S.p.A.",
            None,
            None,
            [],
            [],
            "Luca Bortolin",
            "l.bortolin@telealpi.example",
            "+390461418220",
        ),
        "from": "Luca Bortolin <l.bortolin@telealpi.example>",
        "subject": "Richiesta autorizzazione riprese – Telealpi",
        "headers": MAC_OUTLOOK,
        "body": "Buongiorno,\n\n"
        "Telealpi Nordest S.p.A. (Trento) chiede l'autorizzazione a effettuare riprese "
        "presso la vostra sede centrale a Praga durante lo spoglio.\n\n"
        "Per il feed XML vi scriveremo in vista delle prossime elezioni, quando avremo "
        "definito i server.\n\n"
        "Referente: Luca Bortolin, tel. +39 0461 418 220\n\nGrazie, Luca Bortolin\n",
    },
    {
        "id": "bw034-pt-regional-tv-tests-on-production",
        "description": "Portuguese regional TV asking for both in Portuguese: tests from the "
        "production machine (no test address), two people named, the second is the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rádio e Televisão do Minho, Lda.",
            None,
            None,
            ["198.18.90.14"],
            [],
            "Inês Carvalho",
            "ines.carvalho@rtminho.example",
            "+351936118402",
        ),
        "from": "Paulo Azevedo <paulo.azevedo@rtminho.example>",
        "subject": "Pedido: dados eleitorais XML e autorização de filmagem",
        "headers": GMAIL,
        "cte": "8bit",
        "body": "Exmos. Senhores,\n\n"
        "a Rádio e Televisão do Minho, Lda. (Braga) solicita o acesso ao servidor XML com "
        "os resultados eleitorais e autorização para filmar num centro de recolha.\n\n"
        "O nosso servidor é o 198.18.90.14; os testes serão feitos a partir dessa mesma "
        "máquina.\n\n"
        "Eu (Paulo Azevedo) sou apenas o diretor; a pessoa de contacto é a Inês Carvalho, "
        "ines.carvalho@rtminho.example, +351 936 118 402.\n\n"
        "Com os melhores cumprimentos,\nPaulo Azevedo\n",
    },
    {
        "id": "bw035-ch-paper-ipv6-126",
        "description": "Swiss paper in German with an IPv6 /126 block for production (four "
        "addresses) and an IPv4 test host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Zürcher Oberland Medien AG",
            None,
            None,
            ["2001:db8:ab::", "2001:db8:ab::1", "2001:db8:ab::2", "2001:db8:ab::3"],
            ["192.0.2.250"],
            "Reto Bachmann",
            "reto.bachmann@zo-medien.example",
            "+41794182231",
        ),
        "from": "Reto Bachmann <reto.bachmann@zo-medien.example>",
        "subject": "Gesuch Zugang XML Wahlresultate",
        "headers": TBIRD,
        "body": "Grüezi\n\n"
        "Die Zürcher Oberland Medien AG ersucht um Zugang zum XML-Server mit den "
        "Wahlresultaten.\n\nProduktion: 2001:db8:ab::/126\nTest: 192.0.2.250\n\n"
        "Kontakt: Reto Bachmann, Datenredaktion, 079 418 22 31 (+41)\n\n"
        "Freundliche Grüsse\nReto Bachmann\nZürcher Oberland Medien AG\n",
    },
    {
        "id": "bw036-hr-tv-formal-pdf-shorthand",
        "description": "Croatian regional TV: a formal PDF letter in Croatian with production "
        "addresses in shorthand ('203.0.113.61, .62 i .63') and filming requested too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televizija Slavonija d.o.o.",
            None,
            None,
            ["203.0.113.61", "203.0.113.62", "203.0.113.63"],
            ["203.0.113.69"],
            "Marko Horvat",
            "marko.horvat@tvslavonija.example",
            "+385912284417",
        ),
        "from": "Ured uprave TV Slavonija <ured@tvslavonija.example>",
        "subject": "Službeni zahtjev – izbori",
        "headers": OUTLOOK,
        "body": "Poštovani,\n\nu privitku dostavljamo službeni zahtjev.\n\nUred uprave\n",
        "attachments": [
            (
                "pdf",
                "zahtjev_TVS.pdf",
                [
                    "Televizija Slavonija d.o.o., Trg Ante Starčevića 4, 31000 Osijek",
                    "Predmet: zahtjev za pristup rezultatima izbora i dozvolu snimanja",
                    "Poštovani, Televizija Slavonija d.o.o. ovim putem traži pristup "
                    "namjenskom poslužitelju s rezultatima izbora u XML formatu, kao i "
                    "dozvolu za snimanje u jednom od vaših sabirnih mjesta.",
                    "Produkcijski poslužitelji: 203.0.113.61, .62 i .63. Testni "
                    "poslužitelj: 203.0.113.69.",
                    "Kontakt osoba: Marko Horvat, voditelj IT-a, "
                    "marko.horvat@tvslavonija.example, +385 91 228 4417.",
                    "S poštovanjem,\nmr. sc. Zdravko Jurić, direktor",
                ],
            )
        ],
    },
    {
        "id": "bw037-sk-university-faculty-range",
        "description": "a Slovak university's faculty writes in Slovak; the university applies; "
        "production as a range with an en dash, test as a single address; no Czech IČO",
        "style": Style.PROSE,
        "labels": L(
            [FEED],
            "Univerzita Pohronia v Banskej Bystrici",
            None,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.205"],
            "Zuzana Mikulová",
            "zuzana.mikulova@upbb.example",
            "+421484118237",
        ),
        "from": "Zuzana Mikulová <zuzana.mikulova@upbb.example>",
        "subject": "Žiadosť Filozofickej fakulty UPBB o prístup k XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý deň,\n\n"
        "Katedra politológie Filozofickej fakulty Univerzity Pohronia v Banskej Bystrici "
        "by rada sledovala české voľby v reálnom čase so študentmi. Žiadame o prístup "
        "k XML serveru z našich laboratórnych strojov 198.51.100.200–202; skúšať to budeme "
        "z notebooku na adrese 198.51.100.205.\n\n"
        "Kontakt: Mgr. Zuzana Mikulová, PhD., 048/411 82 37\n\nS pozdravom\nZuzana Mikulová\n"
        "Katedra politológie FF\nUniverzita Pohronia v Banskej Bystrici\n",
    },
    {
        "id": "bw038-lt-broadcaster-reply-corrects-address",
        "description": "a Lithuanian broadcaster replies to the office in English: it corrects a "
        "mistyped production address from the quoted first mail and adds a test host",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Žemaitijos radijas ir televizija, VšĮ",
            None,
            None,
            ["192.0.2.84"],
            ["192.0.2.88"],
            "Rasa Jankauskienė",
            "rasa.jankauskiene@zrtv.example",
            "+37065318244",
        ),
        "from": "Rasa Jankauskienė <rasa.jankauskiene@zrtv.example>",
        "subject": "RE: XML access request – ŽRTV",
        "headers": OWA,
        "body": "Dear colleagues,\n\n"
        "sorry, the production address in my first mail was mistyped – it is 192.0.2.84, "
        "not 192.0.2.48. And yes, we also have a test server: 192.0.2.88.\n\n"
        "Rasa\n\n"
        "From: Rasa Jankauskienė\nSent: Monday\nSubject: XML access request – ŽRTV\n\n"
        "Laba diena,\n"
        "Žemaitijos radijas ir televizija, VšĮ (Šiauliai) kindly asks for access to the "
        "election results XML. Production IP: 192.0.2.48.\n"
        "Contact: Rasa Jankauskienė, +370 653 18244\n",
    },
    {
        "id": "bw039-cz-newsroom-german-group-temp-host",
        "description": "Czech regional newsroom of a German group: a temporary production host "
        "until a migration, then the new one replaces it (both given, old one says "
        "'until September'); test on an internal host behind a public address",
        "style": Style.PROSE,
        "labels": L(
            [FEED, FILM],
            "Karlovarský deník Nord s.r.o.",
            I39,
            None,
            ["198.18.70.21"],
            ["198.18.70.30"],
            "Hana Wágnerová",
            "wagnerova@kvdenik-nord.example",
            "+420604218337",
        ),
        "from": "Hana Wágnerová <wagnerova@kvdenik-nord.example>",
        "subject": "Žádost o přístup k XML + natáčení (Karlovarský deník Nord)",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Karlovarský deník Nord s.r.o. (IČO " + I39 + "), regionální redakce skupiny "
        "Frankenpost Mediengruppe, žádá o přístup k serveru s výsledky voleb v XML a o "
        "povolení natáčet na krajském pracovišti v Karlových Varech.\n\n"
        "Do konce září stahujeme z dočasného serveru 198.18.70.5, ten ale po migraci "
        "zrušíme a od října (tedy i na volby) poběží vše z nového 198.18.70.21 – "
        "registrujte prosím jen ten nový. Testovat budeme z interního stroje, který ven "
        "vychází jako 198.18.70.30.\n\n"
        "Kontakt: Hana Wágnerová, 604 218 337\n\nS pozdravem\nHana Wágnerová\n",
    },
    {
        "id": "bw040-pl-research-institute-31",
        "description": "Polish research institute writing in Polish: tests as a /31 block, "
        "production one address, the director signs but a researcher is the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Instytut Badań Społecznych Pomorza",
            None,
            None,
            ["203.0.113.150"],
            ["203.0.113.154", "203.0.113.155"],
            "Katarzyna Nowicka",
            "k.nowicka@ibsp.example",
            "+48583418220",
        ),
        "from": "Sekretariat IBSP <sekretariat@ibsp.example>",
        "subject": "Wniosek o dostęp do danych wyborczych XML",
        "headers": GMAIL,
        "body": "Szanowni Państwo,\n\n"
        "Instytut Badań Społecznych Pomorza (Gdańsk) zwraca się z prośbą o dostęp do "
        "serwera z wynikami wyborów w formacie XML do celów badawczych.\n\n"
        "Adres produkcyjny: 203.0.113.150\nAdresy testowe: 203.0.113.154/31\n\n"
        "Osobą kontaktową jest dr Katarzyna Nowicka, k.nowicka@ibsp.example, "
        "tel. 58 341 82 20.\n\n"
        "Z poważaniem\nprof. dr hab. Andrzej Zieliński\nDyrektor Instytutu\n",
    },
    {
        "id": "bw041-databox-region-press-odt",
        "description": "data message from a regional authority whose press department runs a "
        "video channel; the ODT asks for filming, unticks the feed, and names the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kraj Vysočina Západ",
            None,
            "k2vzq7n",
            [],
            [],
            "Barbora Šustrová",
            "sustrova@kraj-vz.example",
            "+420564318229",
        ),
        "databox": box("k2vzq7n", "Kraj Vysočina Západ", "Žižkova 57, 587 33 Jihlava", 10),
        "subject": "Žádost tiskového oddělení o povolení natáčení",
        "attachments": [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Kraj Vysočina Západ – oddělení komunikace",
                    [
                        ["Požadavek", "ANO/NE"],
                        ["Přístup k XML výsledkům", "NE"],
                        ["Natáčení na krajském pracovišti ČSÚ", "ANO"],
                    ],
                    "Natáčet bude krajský videokanál (2 osoby). Kontaktní osoba: Barbora "
                    "Šustrová, sustrova@kraj-vz.example, tel. 564 318 229.",
                ],
            )
        ],
    },
    {
        "id": "bw042-gr-tv-long-english-ipv6-test",
        "description": "a Greek TV's long formal letter in English with Greek and Czech words: "
        "production and test given with 'respectively', the test host IPv6, and one more "
        "production address added in a postscript",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Makedonia Vision Broadcasting S.A.",
            None,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["2001:db8:9a1::30"],
            "Eleni Georgiou",
            "e.georgiou@mvision.example",
            "+302310418822",
        ),
        "from": "Eleni Georgiou <e.georgiou@mvision.example>",
        "subject": "Formal application: election results XML feed and filming permit",
        "headers": APPLE,
        "body": "Dear Sir or Madam, Vážení,\n\n"
        "On behalf of Makedonia Vision Broadcasting S.A., a regional television broadcaster "
        "based in Thessaloniki, I am writing to apply formally for two things ahead of the "
        "forthcoming Czech parliamentary elections, which our newsroom will cover with a "
        "special programme for the Greek community in Central Europe.\n\n"
        "First, we request access to your dedicated server publishing the provisional "
        "results in XML. Our production and test systems are 198.51.100.130 and "
        "2001:db8:9a1::30 respectively.\n\n"
        "Second, we kindly request permission for our two-person crew to film at your "
        "central collection point in Prague on election night.\n\n"
        "For all matters concerning this application, please contact me directly: Eleni "
        "Georgiou, Head of News Technology, e.georgiou@mvision.example, tel. "
        "+30 2310 418 822.\n\n"
        "Efcharistoume / Děkujeme,\n\nEleni Georgiou\nMakedonia Vision Broadcasting S.A.\n\n"
        "P.S. Our engineers remind me that the second playout server, 198.51.100.131, "
        "will also fetch the data in production; please add it.\n",
    },
]
