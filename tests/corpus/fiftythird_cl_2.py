"""Fifty-third held-out part ``cl``, cases cl015–cl028: Albanian with English, a Catalan
outlet wanting one region's results, an Icelandic IPv6 range, a Czech-speaking Austrian
correspondent with a foreign phone and a Czech SIM, a freelancer filming for two outlets who
applies for one, a reply that withdraws last election's test address and keeps production, a
named network with 'x.x.x.10 – 12', a regional TV's data message with a replaced host, an
Austrian declining filming with a /127 block, an IT contractor behind NAT, an institute's long
PDF letter with 'respektive', a Polish regional TV with a /31 netmask, a Hungarian conditional
filming request and a freelancer's data message with an ODT.
Written by hand apart from the extraction rules (see make_fiftythird_cl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cl_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I19, I20, I21, I22 = ico("2870163"), ico("2519846"), ico("0463915"), ico("2635018")
I24, I24B, I25, I28 = ico("2948306"), ico("2781539"), ico("0692147"), ico("7430258")

CASES: list[dict[str, Any]] = [
    {
        "id": "cl015-albanian-english-dhe",
        "description": "Albanian with English: two production addresses joined by 'dhe', a "
        "test address, 'sh.p.k.' as the legal form; the director is in copy, the editor "
        "writing is the contact",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Radio Televizioni Iliria Jug sh.p.k.",
            None,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.202"],
            "Elira Kastrati",
            "elira.kastrati@rtiliriajug.example",
            "+355692418305",
        ),
        "from": "Elira Kastrati <elira.kastrati@rtiliriajug.example>",
        "cc": "Drejtoria <drejtoria@rtiliriajug.example>",
        "subject": "Kerkese per akses XML / request for XML access",
        "headers": GMAIL,
        "body": "Pershendetje,\n\n"
        "Radio Televizioni Iliria Jug sh.p.k. (Vlorë) kerkon akses ne rezultatet zgjedhore "
        "ne formatin XML. We would like to follow the Czech election live for our diaspora "
        "programme.\n\n"
        "IP prodhimi (production): 192.0.2.200 dhe 192.0.2.201\n"
        "IP testimi (test): 192.0.2.202\n\n"
        "Nuk kemi nevoje per xhirime (no filming).\n\n"
        "Kontakti: Elira Kastrati, redaktore, +355 69 241 8305\n\n"
        "Me respekt,\n"
        "Elira Kastrati\n",
    },
    {
        "id": "cl016-catalan-one-region-results",
        "description": "Catalan with some English: the outlet only wants one region's results "
        "(still a feed request); 'SL' legal form; a test address 'per a proves'; the contact "
        "signs with a Barcelona mobile",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Xarxa Informativa del Penedès, SL",
            None,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Jordi Puigvert i Soler",
            "jpuigvert@xarxapenedes.example",
            "+34619472031",
        ),
        "from": "Jordi Puigvert i Soler <jpuigvert@xarxapenedes.example>",
        "subject": "Sol·licitud d'accés al servidor de resultats",
        "headers": MAC_OUTLOOK,
        "body": "Bon dia,\n\n"
        "som la Xarxa Informativa del Penedès, SL, un mitjà digital comarcal. Tenim un "
        "projecte d'agermanament amb la regió de Moravskoslezský kraj i només ens interessen "
        "els resultats d'aquesta regió (only the Moravian-Silesian region), però entenem que "
        "l'accés al servidor XML és el mateix per a tothom. Demanem, doncs, l'accés.\n\n"
        "Servidor de producció: 198.51.100.33\n"
        "Per a proves: 198.51.100.34\n\n"
        "No cal permís de filmació.\n\n"
        "Salutacions,\n"
        "Jordi Puigvert i Soler\n"
        "mòbil +34 619 47 20 31\n",
    },
    {
        "id": "cl017-icelandic-english-ipv6-range",
        "description": "Icelandic with English: an IPv6 range '…::8 – …::a' (three addresses) "
        "for production, no test; 'ehf.' legal form; the name with ð and ó",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Norðurljós Fréttir ehf.",
            None,
            None,
            ["2001:db8:5a::8", "2001:db8:5a::9", "2001:db8:5a::a"],
            [],
            "Sigríður Einarsdóttir",
            "sigridur@nordurljos.example",
            "+3546624187",
        ),
        "from": "Sigríður Einarsdóttir <sigridur@nordurljos.example>",
        "subject": "Umsókn / application: election results XML",
        "headers": K9,
        "body": "Góðan dag,\n\n"
        "Norðurljós Fréttir ehf. óskar eftir aðgangi að kosningaúrslitum í XML. We are a "
        "small news site in Akureyri and will run a live page on Czech election night.\n\n"
        "Production addresses (framleiðsla): 2001:db8:5a::8 – 2001:db8:5a::a\n"
        "No test server (engin prófun).\n\n"
        "Tengiliður / contact: Sigríður Einarsdóttir, sími +354 662 4187\n\n"
        "Kær kveðja,\n"
        "Sigríður\n",
    },
    {
        "id": "cl018-czech-speaking-austrian-correspondent-two-phones",
        "description": "an Austrian daily's Prague correspondent writes good Czech: her "
        "Austrian mobile and a Czech SIM stand side by side (the first one given is labelled); "
        "the publisher without IČO; both requests, production only",
        "style": Style.PLAIN,
        "labels": L(
            [FEED, FILM],
            "Alpenländische Rundschau Verlags-GmbH",
            None,
            None,
            ["203.0.113.120"],
            [],
            "Veronika Haslinger",
            "v.haslinger@alpenrundschau.example",
            "+436642817550",
        ),
        "from": "Veronika Haslinger <v.haslinger@alpenrundschau.example>",
        "subject": "žádost o akreditaci k výsledkům voleb a natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "jsem pražská zpravodajka rakouského deníku Alpenländische Rundschau (vydavatel "
        "Alpenländische Rundschau Verlags-GmbH, Innsbruck). Prosím o:\n"
        "- přístup k XML s výsledky voleb pro naši online redakci ve Vídni, adresa serveru "
        "203.0.113.120 (testovat budeme z téže adresy),\n"
        "- povolení natáčet a fotografovat ve volebním centru (já a kolega fotograf Lukas "
        "Pichler).\n\n"
        "Kontakt: Veronika Haslinger, tel. +43 664 2817 550 / česká SIM 731 248 906\n\n"
        "Děkuji a zdravím\n"
        "Veronika Haslinger\n",
    },
    {
        "id": "cl019-freelancer-two-outlets-applies-for-one",
        "description": "a freelance cameraman films for two outlets but applies for filming "
        "only for one of them (its name and IČO labelled); he is the contact; windows-1250 "
        "8bit from webmail",
        "style": Style.PLAIN,
        "labels": L(
            [FILM],
            "Valašská televize s.r.o.",
            I19,
            None,
            [],
            [],
            "Ondřej Kubíček",
            "kubicek.kamera@seznam.example",
            "+420737509214",
        ),
        "from": "Ondřej Kubíček <kubicek.kamera@seznam.example>",
        "subject": "natáčení volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "jsem kameraman na volné noze, natáčím pro Valašskou televizi a občas i pro "
        "Rožnovský zpravodaj. Tuto žádost podávám za Valašskou televizi s.r.o. (IČO "
        + I19
        + "), pro kterou budu ve volební noc u Vás točit reportáž. Zpravodaj tentokrát nic "
        "nepotřebuje.\n\n"
        "Žádám tedy jen o povolení natáčení, data XML nechceme.\n\n"
        "Ondřej Kubíček\n"
        "tel. 737 509 214\n",
    },
    {
        "id": "cl020-reply-withdraws-last-test-keeps-production",
        "description": "a reply over last election's confirmation (quoted, with the office's "
        "signature and phone): last time's test address is explicitly withdrawn, production "
        "stays, no new test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko, s.r.o.",
            I20,
            None,
            ["192.0.2.14"],
            [],
            "Martin Jelínek",
            "jelinek@radiopodbrdsko.example",
            "+420602771438",
        ),
        "from": "Martin Jelínek <jelinek@radiopodbrdsko.example>",
        "subject": "RE: Potvrzení přístupu k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "navazuji na loňskou korespondenci níže. I letos bychom rádi odebírali výsledky, "
        "produkční adresa 192.0.2.14 zůstává stejná. Testovací adresu 192.0.2.15 prosím "
        "zrušte, ten stroj už nemáme a novou testovací nebudeme potřebovat.\n\n"
        "Martin Jelínek\n"
        "technik, Rádio Podbrdsko, s.r.o., IČO " + I20 + "\n"
        "mob. 602 771 438\n\n"
        "-----Original Message-----\n"
        "From: volby@czso.cz\n"
        "Sent: Thursday, September 14, 2023 10:12 AM\n"
        "Subject: Potvrzení přístupu k výsledkům voleb\n\n"
        "Vážený pane Jelínku,\n"
        "potvrzujeme přístup pro adresy 192.0.2.14 (produkce) a 192.0.2.15 (test).\n\n"
        "S pozdravem\n"
        "oddělení zpracování výsledků voleb\n"
        "Český statistický úřad, tel. +420 274 052 733\n",
    },
    {
        "id": "cl021-named-network-x-range",
        "description": "the addresses are written as 'x.x.x.10 – 12' and 'x.x.x.20' after a "
        "named /24 network (three production, one test); both requests; HTML alternative",
        "style": Style.PLAIN,
        "labels": L(
            [FEED, FILM],
            "Krkonošský týdeník, s.r.o.",
            I21,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            ["198.51.100.20"],
            "Tereza Hamplová",
            "hamplova@krkonossky-tydenik.example",
            "+420739104622",
        ),
        "from": "Tereza Hamplová <hamplova@krkonossky-tydenik.example>",
        "subject": "Žádost o přístup k XML a natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "Krkonošský týdeník, s.r.o. (IČO " + I21 + ") žádá o přístup k výsledkům voleb v XML "
        "a o povolení natáčet ve volebním centru.\n\n"
        "V naší síti 198.51.100.0/24 budeme používat adresy x.x.x.10 – 12 (produkce) a "
        "x.x.x.20 (test).\n\n"
        "Kontakt: Tereza Hamplová, 739 104 622\n\n"
        "Tereza Hamplová\n",
        "html": "<p>Dobrý den,</p><p>Krkonošský týdeník, s.r.o. (IČO " + I21 + ") žádá o "
        "přístup k výsledkům voleb v XML a o povolení natáčet ve volebním centru.</p>"
        "<p>V naší síti <b>198.51.100.0/24</b> budeme používat adresy x.x.x.10 – 12 "
        "(produkce) a x.x.x.20 (test).</p><p>Kontakt: Tereza Hamplová, 739 104 622</p>"
        "<p>Tereza Hamplová</p>",
    },
    {
        "id": "cl022-databox-regional-tv-replaced-host-xlsx",
        "description": "a regional TV's data message: the workbook lists the old production "
        "host marked 'nahrazeno' with its replacement beside it, a test address and the "
        "contact surname first; both requests named in the annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Haná, a.s.",
            I22,
            "h7tv2qa",
            ["203.0.113.141"],
            ["203.0.113.149"],
            "Jakub Smékal",
            "smekal@rthana.example",
            "+420585220417",
        ),
        "databox": box(
            "h7tv2qa", "Regionální televize Haná, a.s.", "Horní náměstí 17, 779 00 Olomouc"
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
        "attachments": [
            (
                "xlsx",
                "RTH_volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální televize Haná, a.s."],
                            ["IČO", I22],
                            ["Požadujeme", "XML výsledky + natáčení ve volebním centru"],
                            ["Kontakt", "Smékal Jakub"],
                            ["E-mail", "smekal@rthana.example"],
                            ["Telefon", "585 220 417"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "Původní adresa", "Nová adresa", "Pozn."],
                            ["produkce", "203.0.113.140", "203.0.113.141", "původní nahrazeno"],
                            ["test", "", "203.0.113.149", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cl023-austrian-declines-filming-ipv6-127",
        "description": "Austrian German: 'keine Drehgenehmigung' (filming declined), "
        "production an IPv6 /127 at the start of a network (the ::/127 pair), an IPv4 test "
        "address; signed with name only under a team signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mühlviertler Nachrichten GmbH",
            None,
            None,
            ["2001:db8:a7::", "2001:db8:a7::1"],
            ["198.18.7.7"],
            "Florian Grubmüller",
            "grubmueller@mvnachrichten.example",
            "+437942711390",
        ),
        "from": "Florian Grubmüller <grubmueller@mvnachrichten.example>",
        "subject": "Zugang Wahlergebnisse XML",
        "headers": MAC_OUTLOOK,
        "body": "Grüß Gott,\n\n"
        "für die Mühlviertler Nachrichten GmbH (Freistadt, OÖ) ersuchen wir um Zugang "
        "zum XML-Dienst mit den Wahlergebnissen. Eine Drehgenehmigung brauchen wir "
        "diesmal nicht.\n\n"
        "Produktion: 2001:db8:a7::/127\n"
        "Test: 198.18.7.7\n\n"
        "Rückfragen bitte an mich, +43 7942 711 390.\n\n"
        "Beste Grüße\n"
        "Florian Grubmüller\n"
        "Team Online – Mühlviertler Nachrichten\n",
    },
    {
        "id": "cl024-it-contractor-internal-host-nat",
        "description": "an IT contractor writes for a weekly: internal hosts in 10.x behind "
        "NAT, the public address is the production one and the test machine goes out "
        "through the same NAT (no test address); the contractor names himself the contact",
        "style": Style.PLAIN,
        "labels": L(
            [FEED],
            "Vysočinské listy s.r.o.",
            I24,
            None,
            ["203.0.113.230"],
            [],
            "Radek Pešta",
            "pesta@netspravce.example",
            "+420776318052",
        ),
        "from": "Radek Pešta <pesta@netspravce.example>",
        "subject": "Vysočinské listy - přístup na volební server",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "spravujeme IT pro Vysočinské listy s.r.o. (IČO " + I24 + ") a jejich jménem "
        "žádáme o přístup k XML výsledkům voleb.\n\n"
        "Interně běží stahování na 10.20.0.15, ven ale chodí přes NAT z veřejné adresy "
        "203.0.113.230 – tu prosím povolte. Testovací stroj 10.20.0.16 jde ven přes stejnou "
        "NAT adresu, takže jinou testovací IP nemáme.\n\n"
        "Kontaktní osobou pro tuto žádost jsem já, šéfredaktorka paní Dvořáková o žádosti "
        "ví.\n\n"
        "Radek Pešta\n"
        "NetSprávce s.r.o. (IČO " + I24B + ")\n"
        "776 318 052\n",
    },
    {
        "id": "cl025-institute-long-pdf-respektive",
        "description": "a research institute's long formal PDF letter behind a one-line "
        "cover: a /30 block and two test addresses tied by 'respektive'; the director signs, "
        "the analyst named as contact; filming explicitly not requested",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, z.ú.",
            I25,
            None,
            ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
            ["192.0.2.100", "192.0.2.101"],
            "Kristýna Bednaříková",
            "bednarikova@ivvm.example",
            "+420224913377",
        ),
        "from": "Kristýna Bednaříková <bednarikova@ivvm.example>",
        "subject": "Žádost IVVM",
        "headers": GMAIL,
        "body": "Dobrý den, v příloze zasílám žádost našeho institutu. K. Bednaříková\n",
        "attachments": [
            (
                "pdf",
                "IVVM_zadost_volby.pdf",
                [
                    "Institut pro výzkum veřejného mínění, z.ú.\nSokolská 48, 120 00 Praha 2\n"
                    "IČO " + I25,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                    "Vážené dámy, vážení pánové,",
                    "Institut pro výzkum veřejného mínění, z.ú., se dlouhodobě zabývá "
                    "analýzou volebního chování a srovnáním předvolebních průzkumů se "
                    "skutečnými výsledky. Pro letošní volby připravujeme modelování "
                    "konečného výsledku v průběhu sčítání, k němuž potřebujeme průběžná "
                    "data v co nejkratším intervalu. Dovolujeme si Vás proto požádat o "
                    "zpřístupnění průběžných výsledků voleb ve formátu XML na Vašem "
                    "dedikovaném serveru.",
                    "Produkční a testovací prostředí institutu mají adresy 192.0.2.96/30, "
                    "respektive 192.0.2.100 a 192.0.2.101.",
                    "O povolení k pořizování záznamu na pracovištích ČSÚ nežádáme; výsledky "
                    "budeme prezentovat pouze v publikacích institutu.",
                    "Kontaktní osobou pro tuto žádost je analytička Mgr. Kristýna "
                    "Bednaříková, tel. 224 913 377, bednarikova@ivvm.example.",
                    "Děkujeme za vyřízení a jsme s pozdravem",
                    "PhDr. Vladimír Kocourek, CSc.\nředitel institutu",
                ],
            )
        ],
    },
    {
        "id": "cl026-polish-regional-tv-netmask-31",
        "description": "Polish regional TV in Polish and English: production as an address "
        "with netmask 255.255.255.254 (two addresses), one test address, both requests; the "
        "board member signs, the contact is named; iso-8859-2 quoted-printable",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Cieszyński Sp. z o.o.",
            None,
            None,
            ["203.0.113.176", "203.0.113.177"],
            ["203.0.113.180"],
            "Agnieszka Kłosowska",
            "a.klosowska@tvsc.example",
            "+48338527410",
        ),
        "from": "Agnieszka Kłosowska <a.klosowska@tvsc.example>",
        "subject": "Wniosek o dostęp do wyników XML i zgodę na nagrania",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Szanowni Państwo,\n\n"
        "Telewizja Śląsk Cieszyński Sp. z o.o. zwraca się z prośbą o:\n"
        "1) dostęp do wyników wyborów w formacie XML (dedicated server),\n"
        "2) zgodę na nagrania w centrum wyborczym w Pradze (ekipa 3 osoby).\n\n"
        "Production: 203.0.113.176, maska 255.255.255.254\n"
        "Test: 203.0.113.180\n\n"
        "Osoba kontaktowa: Agnieszka Kłosowska, tel. +48 33 852 74 10\n\n"
        "Z wyrazami szacunku\n"
        "Grzegorz Pawlica\n"
        "Członek Zarządu\n"
        "Telewizja Śląsk Cieszyński Sp. z o.o., Cieszyn\n",
    },
    {
        "id": "cl027-hungarian-conditional-filming-capitals",
        "description": "Hungarian: filming asked 'if it is allowed' (a conditional request "
        "still counts), feed with two production and one test address; the contact written "
        "in capitals surname first (labelled in the writer's order); windows-1250 base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Felvidéki Hírek Kft.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Szabó Noémi",
            "szabo.noemi@felvidekihirek.example",
            "+36209174263",
        ),
        "from": "Szabó Noémi <szabo.noemi@felvidekihirek.example>",
        "subject": "Kérelem – választási eredmények és forgatás",
        "headers": OWA,
        "charset": "windows-1250",
        "cte": "base64",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Felvidéki Hírek Kft. hozzáférést kér a választási eredmények XML "
        "szolgáltatásához. Amennyiben engedélyezik, a választás éjszakáján forgatni is "
        "szeretnénk az eredményközpontban.\n\n"
        "Éles szerverek: 198.51.100.240, 198.51.100.241\n"
        "Teszt szerver: 198.51.100.250\n\n"
        "Kapcsolattartó: SZABÓ Noémi, +36 20 917 4263\n\n"
        "Tisztelettel:\n"
        "Szabó Noémi\n"
        "Felvidéki Hírek Kft.\n",
    },
    {
        "id": "cl028-databox-freelancer-odt-ipv6",
        "description": "a freelance data journalist's data message from a box of a natural "
        "person in business: the bare annotation, the ODT gives one IPv6 production address "
        "and says testing runs from it; his own name is the applicant",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tomáš Vrba",
            I28,
            "v9fz4pk",
            ["2001:db8:3e::5"],
            [],
            "Tomáš Vrba",
            "tomas.vrba@vrbadata.example",
            "+420608145296",
        ),
        "databox": box("v9fz4pk", "Tomáš Vrba", "Květná 22, 603 00 Brno", kind=40),
        "subject": "volby XML",
        "attachments": [
            (
                "odt",
                "zadost_vrba.odt",
                [
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    "Žadatel: Tomáš Vrba, OSVČ – datový novinář na volné noze, IČO " + I28,
                    "Výsledky budu zpracovávat pro vlastní webové vizualizace, které přebírají "
                    "regionální weby.",
                    [
                        ["Produkční IP", "2001:db8:3e::5"],
                        ["Testovací IP", "— (testuji z produkční)"],
                        ["Telefon", "608 145 296"],
                        ["E-mail", "tomas.vrba@vrbadata.example"],
                    ],
                    "Natáčení nepožaduji.",
                    "V Brně 4. 9. 2025, Tomáš Vrba",
                ],
            )
        ],
    },
]
