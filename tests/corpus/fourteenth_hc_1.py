"""Fourteenth held-out part ``hc``, cases hc001–hc014 (see fourteenth_hc_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_hc_common import BOTH, FEED, FILM, L, Style, ico

ICO_HRADECKY = ico("7421593")
ICO_ZMU = ico("6089312")
ICO_LHOTA = ico("0028561")
ICO_TVM = ico("2715408")
ICO_BUKOVINA = ico("0057231")
ICO_RTV = ico("2593610")

CASES: list[dict[str, Any]] = [
    {
        "id": "hc001-german-daily-mixed-english",
        "description": "German daily writes half German, half English; the second production "
        "address is written as a shortened '.21'",
        "style": Style.FOREIGN,
        "from": "Katharina Weißmüller <k.weissmueller@rheinische-tagespost.example>",
        "subject": "Zugang XML-Wahlergebnisse / access to election results feed",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rheinische Tagespost GmbH (Köln) möchte über die Parlamentswahlen in "
            "Tschechien live berichten. We would therefore like to apply for access to your "
            "XML results feed.\n\n"
            "Unsere Server / our servers:\n"
            "  Produktion: 198.51.100.20 und .21\n"
            "  Test: 203.0.113.40\n\n"
            "Ansprechpartnerin für technische und organisatorische Fragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen / kind regards\n"
            "Dr. Katharina Weißmüller\n"
            "Leiterin Datenredaktion\n"
            "Rheinische Tagespost GmbH\n"
            "Tel. +49 (0)69 7591 2230\n"
        ),
        "labels": L(
            FEED,
            "Rheinische Tagespost GmbH",
            None,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["203.0.113.40"],
            "Katharina Weißmüller",
            "k.weissmueller@rheinische-tagespost.example",
            "+496975912230",
        ),
    },
    {
        "id": "hc002-polish-radio-cidr-30",
        "description": "Polish radio in English with Polish phrases; production block as /30, "
        "no test server at all",
        "style": Style.FOREIGN,
        "from": "Marek Wiśniewski <marek.wisniewski@radioslask.example>",
        "subject": "Radio Śląsk Info - election data feed",
        "body": (
            "Dzień dobry,\n\n"
            "I am writing on behalf of Radio Śląsk Info sp. z o.o. from Katowice. Our newsroom "
            "covers Czech elections for listeners in the border region and we would like to "
            "receive your election results XML.\n\n"
            "Our production subnet is 192.0.2.64/30 (all four addresses may connect).\n"
            "We do not operate a separate test environment - nie mamy serwera testowego.\n\n"
            "Contact: Marek Wiśniewski, head of IT, tel. +48 32 555 01 84\n\n"
            "Z poważaniem,\n"
            "Marek Wiśniewski\n"
        ),
        "labels": L(
            FEED,
            "Radio Śląsk Info sp. z o.o.",
            None,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Marek Wiśniewski",
            "marek.wisniewski@radioslask.example",
            "+48325550184",
        ),
    },
    {
        "id": "hc003-austrian-tv-filming-only",
        "description": "Austrian broadcaster asks only to film at a polling station and says in "
        "German it does not need the data feed, so no addresses at all",
        "style": Style.FOREIGN,
        "from": "Florian Gruber <florian.gruber@alpenland-rundfunk.example>",
        "subject": "Drehgenehmigung Wahllokal Brno",
        "body": (
            "Grüß Gott,\n\n"
            "für eine Reportage über die Wahlen in Mähren möchte die Alpenland Rundfunk GmbH "
            "am Wahltag in einem Wahllokal in Brno drehen (Kamerateam von drei Personen, kein "
            "Licht, keine Interviews im Raum). Wir bitten daher um eine Drehgenehmigung.\n\n"
            "Einen Zugang zum XML-Datenfeed benötigen wir nicht, die Ergebnisse übernehmen wir "
            "von der APA.\n\n"
            "Erreichbar bin ich unter +43 664 123 45 67.\n\n"
            "Beste Grüße\n"
            "Florian Gruber\n"
            "Chef vom Dienst, Alpenland Rundfunk GmbH, Innsbruck\n"
        ),
        "labels": L(
            FILM,
            "Alpenland Rundfunk GmbH",
            None,
            None,
            [],
            [],
            "Florian Gruber",
            "florian.gruber@alpenland-rundfunk.example",
            "+436641234567",
        ),
    },
    {
        "id": "hc004-freelancer-ipv6-only",
        "description": "Czech freelancer (OSVČ) with IČO, a two-line note giving only IPv6 "
        "addresses written in full form",
        "style": Style.FREELANCER,
        "from": "Tomáš Hradecký <tomas@hradecky-data.example>",
        "subject": "přístup k výsledkům voleb",
        "body": (
            f"Dobrý den, jako nezávislý datový novinář (Tomáš Hradecký, IČO {ICO_HRADECKY}) žádám o "
            "přístup k XML s výsledky. Server: 2001:0db8:004f:0000:0000:0000:0000:0010, "
            "testovací 2001:db8:4f::99.\n"
            "Tomáš Hradecký, 604 118 297\n"
        ),
        "labels": L(
            FEED,
            "Tomáš Hradecký",
            ICO_HRADECKY,
            None,
            ["2001:db8:4f::10"],
            ["2001:db8:4f::99"],
            "Tomáš Hradecký",
            "tomas@hradecky-data.example",
            "+420604118297",
        ),
    },
    {
        "id": "hc005-university-range-with-dash",
        "description": "University institute of data journalism: production as a dash range of "
        "three, contact with academic titles, the dean's office in copy",
        "style": Style.UNIVERSITY,
        "from": "Petra Nováková <petra.novakova@zmu.example>",
        "cc": "dekanat@zmu.example",
        "subject": "Žádost o zpřístupnění volebních dat pro výuku a studentský web",
        "body": (
            "Vážení,\n\n"
            "Ústav datové žurnalistiky Západomoravské univerzity v Jihlavě provozuje během "
            "voleb studentský zpravodajský web a rádi bychom výsledky přebírali přímo z vašeho "
            "XML rozhraní.\n\n"
            f"Žadatel: Západomoravská univerzita v Jihlavě, veřejná vysoká škola, IČ: {ICO_ZMU}\n"
            "Produkční servery (rozsah): 198.18.4.10 – 198.18.4.12\n"
            "Testovací server: 198.18.4.20\n\n"
            "Kontaktní osoba: doc. Ing. Petra Nováková, Ph.D., tel. +420 567 141 302, "
            "petra.novakova@zmu.example\n\n"
            "S pozdravem\n"
            "Petra Nováková\n"
            "vedoucí ústavu\n"
        ),
        "labels": L(
            FEED,
            "Západomoravská univerzita v Jihlavě, veřejná vysoká škola",
            ICO_ZMU,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.4.20"],
            "Petra Nováková",
            "petra.novakova@zmu.example",
            "+420567141302",
        ),
    },
    {
        "id": "hc006-municipal-newsletter-netmask",
        "description": "A town publishes its newsletter: publisher is the town; one address "
        "with a dotted netmask meaning a block of four",
        "style": Style.MUNICIPAL,
        "from": "Jana Dvořáková <zpravodaj@hornilhota.example>",
        "subject": "Lhotecký zpravodaj – volební výsledky online",
        "body": (
            "Dobrý den,\n\n"
            f"Lhotecký zpravodaj, který vydává Město Horní Lhota (IČO {ICO_LHOTA}), bude letos poprvé "
            "zveřejňovat výsledky voleb průběžně na webu města. Prosíme proto o přístup "
            "k vašemu XML výstupu.\n\n"
            "Náš poskytovatel nám přidělil rozsah 198.51.100.128 s maskou 255.255.255.252, "
            "všechny tyto adresy jsou ostré. Testovací prostředí nemáme.\n\n"
            "V případě dotazů volejte prosím na +420 583 301 144.\n\n"
            "Jana Dvořáková\n"
            "redakce Lhoteckého zpravodaje, Městský úřad Horní Lhota\n"
        ),
        "labels": L(
            FEED,
            "Město Horní Lhota",
            ICO_LHOTA,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            [],
            "Jana Dvořáková",
            "zpravodaj@hornilhota.example",
            "+420583301144",
        ),
    },
    {
        "id": "hc007-it-contractor-for-tv",
        "description": "IT contractor writes on behalf of a TV company and names himself as "
        "the contact; the applicant is the TV company with its IČO, not the contractor",
        "style": Style.AGENCY,
        "from": "Radek Šimek <simek@datawave.example>",
        "subject": "TV Morava – žádost o přístup k volebnímu XML",
        "body": (
            "Dobrý den,\n\n"
            "naše firma DataWave Solutions s.r.o. zajišťuje provoz grafiky pro volební studio "
            f"společnosti TV Morava a.s., IČO {ICO_TVM}. Jménem klienta (plná moc v příloze je "
            "k dispozici na vyžádání) žádáme o přístup k XML s výsledky voleb.\n\n"
            "Ostré servery v datovém centru klienta:\n"
            "- 203.0.113.50\n"
            "- 203.0.113.51\n"
            "Testovací servery u nás:\n"
            "- 203.0.113.60\n"
            "- 203.0.113.61\n\n"
            "Kontaktní osobou pro tuto žádost jsem já, Radek Šimek, mobil 739 554 120.\n\n"
            "S pozdravem\n"
            "Radek Šimek\n"
            "DataWave Solutions s.r.o.\n"
        ),
        "labels": L(
            FEED,
            "TV Morava a.s.",
            ICO_TVM,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.60", "203.0.113.61"],
            "Radek Šimek",
            "simek@datawave.example",
            "+420739554120",
        ),
    },
    {
        "id": "hc008-hungarian-portal-corrects-address",
        "description": "Hungarian portal in English corrects its second production address "
        "further down the same message",
        "style": Style.FOREIGN,
        "from": "Zsófia Kovács <zsofia.kovacs@danubepost.example>",
        "subject": "Application: access to Czech election results (Danube Post)",
        "body": (
            "Dear colleagues,\n\n"
            "Danube Post Kft. (Budapest) runs a regional news portal and we plan a live "
            "results page for the Czech elections. Please grant us access to the XML feed.\n\n"
            "Production: 192.0.2.33, 192.0.2.34\n"
            "Test: 192.0.2.90\n\n"
            "Contact person: Zsófia Kovács, +36 1 555 0192\n\n"
            "Correction - our network admin just told me the second production machine is "
            "192.0.2.35, not 192.0.2.34. Sorry for that.\n\n"
            "Üdvözlettel / best regards,\n"
            "Zsófia Kovács\n"
        ),
        "labels": L(
            FEED,
            "Danube Post Kft.",
            None,
            None,
            ["192.0.2.33", "192.0.2.35"],
            ["192.0.2.90"],
            "Zsófia Kovács",
            "zsofia.kovacs@danubepost.example",
            "+3615550192",
        ),
    },
    {
        "id": "hc009-italian-declines-filming",
        "description": "Italian daily in Italian and English asks for the feed and explicitly "
        "says it does not need the filming permission",
        "style": Style.FOREIGN,
        "from": "Giulia Romano <g.romano@corriereboemo.example>",
        "subject": "Richiesta accesso dati elettorali / request for data access",
        "body": (
            "Buongiorno,\n\n"
            "scrivo per conto di Corriere Boemo S.r.l., quotidiano online per la comunità "
            "italiana in Repubblica Ceca. Chiediamo l'accesso al feed XML dei risultati "
            "elettorali.\n\n"
            "Indirizzi IP di produzione: 198.51.100.71\n"
            "Indirizzo IP di test: 198.51.100.72\n\n"
            "Non abbiamo bisogno del permesso per le riprese nei seggi - no filming, thanks.\n\n"
            "Referente: Giulia Romano, cell. +39 333 555 0123\n\n"
            "Cordiali saluti,\n"
            "Giulia Romano\n"
        ),
        "labels": L(
            FEED,
            "Corriere Boemo S.r.l.",
            None,
            None,
            ["198.51.100.71"],
            ["198.51.100.72"],
            "Giulia Romano",
            "g.romano@corriereboemo.example",
            "+393335550123",
        ),
    },
    {
        "id": "hc010-slovak-agency-behind-nat",
        "description": "Slovak agency explains its internal hosts sit behind NAT; only the "
        "public addresses are the feed addresses",
        "style": Style.AGENCY,
        "from": "Ján Kováč <jan.kovac@seta-agentura.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "body": (
            "Dobrý deň,\n\n"
            "Stredoeurópska tlačová agentúra, a.s. so sídlom v Bratislave žiada o prístup "
            "k XML výstupu s výsledkami volieb.\n\n"
            "Naše spracovateľské servery majú interné adresy 10.0.5.11 a 10.0.5.12, ale do "
            "internetu idú cez NAT. Povoľte preto prosím verejnú adresu 203.0.113.140 ako "
            "produkčnú. Testovacie prostredie vychádza cez adresu 203.0.113.141.\n\n"
            "Kontakt: Ján Kováč, +421 905 123 456\n\n"
            "S pozdravom\n"
            "Ján Kováč\n"
            "vedúci IT\n"
        ),
        "labels": L(
            FEED,
            "Stredoeurópska tlačová agentúra, a.s.",
            None,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Ján Kováč",
            "jan.kovac@seta-agentura.example",
            "+421905123456",
        ),
    },
    {
        "id": "hc011-databox-village-newsletter",
        "description": "Data message from a village whose newsletter wants the feed; the "
        "letter is an attached TXT, the sender box is the village's",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2qx9",
            "sender": "Obec Dolní Bukovina",
            "address": "Dolní Bukovina 12, 294 41 Dolní Bukovina",
        },
        "subject": "Žádost - přístup k výsledkům voleb (Bukovinské listy)",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"Obec Dolní Bukovina, IČO {ICO_BUKOVINA}\n"
                "Dolní Bukovina 12, 294 41\n\n"
                "Věc: žádost o přístup k datům o výsledcích voleb\n\n"
                "Obec vydává měsíčník Bukovinské listy a na jeho webu chce ve volební noci "
                "zveřejňovat výsledky. Žádáme o povolení přístupu z adresy 198.18.20.5 "
                "(ostrý provoz). Testovací adresu nemáme.\n\n"
                "Kontakt: Mgr. Lenka Marešová, tel. 731 220 415, "
                "maresova@dolnibukovina.example\n\n"
                "Ing. Václav Pokorný, starosta\n",
            )
        ],
        "labels": L(
            FEED,
            "Obec Dolní Bukovina",
            ICO_BUKOVINA,
            "k7m2qx9",
            ["198.18.20.5"],
            [],
            "Lenka Marešová",
            "maresova@dolnibukovina.example",
            "+420731220415",
        ),
    },
    {
        "id": "hc012-french-agency-withdraws-filming",
        "description": "French agency writes in French, asks for feed and filming, then "
        "withdraws the filming request in a postscript",
        "style": Style.FOREIGN,
        "from": "Camille Dubois <camille.dubois@lumiere-presse.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Lumière Presse SAS souhaite obtenir :\n"
            "1) l'accès au flux XML des résultats des élections ;\n"
            "2) une autorisation de tournage dans un bureau de vote à Prague.\n\n"
            "Serveurs de production : 192.0.2.150 et 192.0.2.151\n"
            "Serveur de test : 192.0.2.152\n\n"
            "Personne à contacter : Camille Dubois, +33 1 55 50 12 34\n\n"
            "Bien cordialement,\n"
            "Camille Dubois\n\n"
            "P.S. Notre équipe vidéo ne pourra finalement pas se déplacer : nous retirons la "
            "demande de tournage (point 2). Seul l'accès aux données reste d'actualité.\n"
        ),
        "labels": L(
            FEED,
            "Agence Lumière Presse SAS",
            None,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.152"],
            "Camille Dubois",
            "camille.dubois@lumiere-presse.example",
            "+33155501234",
        ),
    },
    {
        "id": "hc013-swedish-respectively",
        "description": "Swedish company in English gives the roles only by 'respectively'",
        "style": Style.FOREIGN,
        "from": "Lars Eklund <lars.eklund@nordiskvaldata.example>",
        "subject": "Feed access request - Nordisk Valdata AB",
        "headers": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
        "body": (
            "Hello,\n\n"
            "Nordisk Valdata AB supplies election graphics to several Scandinavian "
            "broadcasters and would like to pull the Czech results directly from your XML "
            "service. The addresses 198.51.100.200 and 198.51.100.201 are our production and "
            "test machines respectively.\n\n"
            "Best,\n"
            "Lars Eklund\n"
            "CTO, Nordisk Valdata AB, Stockholm\n"
            "+46 8 555 123 45\n"
        ),
        "labels": L(
            FEED,
            "Nordisk Valdata AB",
            None,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Lars Eklund",
            "lars.eklund@nordiskvaldata.example",
            "+46855512345",
        ),
    },
    {
        "id": "hc014-regional-tv-docx-table",
        "description": "Regional TV sends a DOCX letter with a table of addresses and asks for "
        "feed and filming; the body mail is short",
        "style": Style.LETTER,
        "from": "Martin Kučera <kucera@rtv-vysocina.example>",
        "subject": "Žádost RTV Vysočina",
        "body": "Dobrý den, v příloze posílám naši žádost. Martin Kučera\n",
        "attachments": [
            (
                "docx",
                "zadost_RTV_Vysocina.docx",
                {
                    "header": f"Regionální televize Vysočina, s.r.o. | IČO {ICO_RTV}",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Regionální televize Vysočina, s.r.o. žádá o přístup k XML "
                        "s výsledky voleb a zároveň o povolení natáčet ve volební "
                        "místnosti v Jihlavě během sčítání hlasů.",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkce", "203.0.113.170"],
                                ["Produkce", "203.0.113.171"],
                                ["Produkce", "203.0.113.172"],
                                ["Test", "203.0.113.180"],
                                ["Test", "203.0.113.181"],
                            ]
                        },
                        "Kontaktní osoba: Martin Kučera, technický ředitel, "
                        "tel. +420 602 415 887, kucera@rtv-vysocina.example",
                        "V Jihlavě dne 2. 10.",
                    ],
                },
            )
        ],
        "labels": L(
            BOTH,
            "Regionální televize Vysočina, s.r.o.",
            ICO_RTV,
            None,
            ["203.0.113.170", "203.0.113.171", "203.0.113.172"],
            ["203.0.113.180", "203.0.113.181"],
            "Martin Kučera",
            "kucera@rtv-vysocina.example",
            "+420602415887",
        ),
    },
]
