"""Tenth held-out part ``z``, cases z001–z014: foreign media, a freelancer, a university, a
municipality, an IT contractor, a Slovak correction, an agency's HTML table, a form and a
withdrawal. Written by hand; labels read from the text as LABELS.md says."""

from __future__ import annotations

from typing import Any

from tests.corpus.tenth_z_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "z001-bavarian-broadcaster-german",
        "description": "German-language letter from a Bavarian broadcaster; roles as "
        "Produktivsystem/Testsystem; technical contact differs from the signatory",
        "style": Style.FOREIGN,
        "from": "Sabine Haller <s.haller@obr-medien.example>",
        "subject": "Antrag auf Zugang zum XML-Ergebnisdienst (Präsidentschaftswahl CZ)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Sehr geehrte Damen und Herren,

für unsere Berichterstattung über die tschechische Präsidentschaftswahl im Januar
beantragen wir hiermit einen Zugang zu Ihrem XML-Server mit den vorläufigen
Ergebnissen. Die Nachrichtenredaktion in Regensburg wird die Daten von den folgenden
Adressen abrufen:

  Produktivsystem:  198.51.100.71 und 198.51.100.72
  Testsystem:       198.51.100.90

Für technische Rückfragen wenden Sie sich bitte an Herrn Tobias Wengert
(tobias.wengert@obr-medien.example, Tel. +49 941 5520 318), der die Anbindung
betreut.

Mit freundlichen Grüßen

Dr. Sabine Haller
Leiterin Nachrichten
Ostbayerische Rundfunk- und Mediengesellschaft mbH
Donaustaufer Str. 48, 93059 Regensburg
""",
        "charset": "iso-8859-2",
        "labels": L(
            FEED,
            "Ostbayerische Rundfunk- und Mediengesellschaft mbH",
            None,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.90"],
            "Tobias Wengert",
            "tobias.wengert@obr-medien.example",
            "+499415520318",
        ),
    },
    {
        "id": "z002-polish-agency-cidr",
        "description": "Polish agency in mixed English and Polish; the production block as "
        "CIDR /30 (four addresses), no test address",
        "style": Style.NOTATION,
        "from": "Katarzyna Wróbel <k.wrobel@aiw-news.example>",
        "subject": "XML results feed - Agencja Informacyjna Wschód",
        "body": """Dear Sirs,

we are Polish news agency and we would like to receive the election results from your
XML server for our clients in Poland (regional dailies, two radio stations).

Our servers: 203.0.113.128/30 - this is the whole block, all four adresses are used
for production. We do not have any test environment, so no test IP please.

Contact person: Katarzyna Wróbel, tel. +48 601 234 567, k.wrobel@aiw-news.example

Z poważaniem / Best regards
Katarzyna Wróbel
dział techniczny
Agencja Informacyjna Wschód sp. z o.o.
ul. Lubelska 14, 20-081 Lublin
""",
        "labels": L(
            FEED,
            "Agencja Informacyjna Wschód sp. z o.o.",
            None,
            None,
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            [],
            "Katarzyna Wróbel",
            "k.wrobel@aiw-news.example",
            "+48601234567",
        ),
    },
    {
        "id": "z003-austrian-crew-filming-only",
        "description": "Austrian TV crew writing in German asks only to film; it says in so "
        "many words that it needs no XML access",
        "style": Style.RECORDING,
        "from": "Markus Pichler <pichler@kbt-film.example>",
        "subject": "Drehgenehmigung Wahlabend Prag",
        "body": """Grüß Gott,

ein kleines Team unseres Senders (Kamera, Ton, Redakteur) möchte am Wahlabend
in der Sammelstelle in Prag drehen, etwa 20 Minuten, ohne Licht und ohne
Interviews mit Mitarbeitern, wenn das nicht erwünscht ist. Wir bitten daher um
eine Drehgenehmigung.

Einen Zugang zum XML-Dienst benötigen wir nicht, die Zahlen übernehmen wir von
der APA.

Ansprechpartner vor Ort bin ich selbst, mobil unter +43 664 2318 440.

Beste Grüße
Markus Pichler
Chef vom Dienst
Kärntner Bild & Ton KG, Klagenfurt
""",
        "flowed": True,
        "labels": L(
            REC,
            "Kärntner Bild & Ton KG",
            None,
            None,
            [],
            [],
            "Markus Pichler",
            "pichler@kbt-film.example",
            "+436642318440",
        ),
    },
    {
        "id": "z004-hungarian-weekly-range",
        "description": "Hungarian weekly in English; production as a dashed range of four "
        "addresses, one test address; Hungarian mobile written with spaces and a slash",
        "style": Style.FOREIGN,
        "from": "Eszter Kovacs <eszter.kovacs@pannonhirlap.example>",
        "subject": "Application - access to election results (XML)",
        "body": """Dear Madam or Sir,

Pannon Hírlap is a weekly based in Győr with a strong online desk, and our readers
follow Czech politics closely. We kindly apply for access to your XML results
server for the presidential election.

Production servers: the range 192.0.2.40 – 192.0.2.43
Test server: 192.0.2.50

If you need anything else, I am available on +36 30/418-2290 or by e-mail.

Kind regards,

Eszter Kovács
online editor
Pannon Hírlap Kiadó Kft.
""",
        "labels": L(
            FEED,
            "Pannon Hírlap Kiadó Kft.",
            None,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43"],
            ["192.0.2.50"],
            "Eszter Kovács",
            "eszter.kovacs@pannonhirlap.example",
            "+36304182290",
        ),
    },
    {
        "id": "z005-italian-freelancer-ipv6-long",
        "description": "Italian freelancer in Prague writes Czech without diacritics; one "
        "production IPv6 written in full uncompressed form; her own IČO as a trader",
        "style": Style.FREELANCE,
        "from": "Giulia Ferraro <giulia@ferraro-press.example>",
        "subject": "zadost pristup XML volby",
        "body": """Dobry den,

jmenuji se Giulia Ferraro, jsem italska novinarka na volne noze a bydlim v Praze
(ICO 05301271). Pisu pro nekolik italskych deniku a rada bych pro volbu
prezidenta mela pristup k vysledkum ve formatu XML.

Muj server ma jen IPv6 adresu:
2001:0db8:04c2:0000:0000:0000:0000:0015
Testovaci adresu nemam.

Telefon +420 777 310 588

Dekuji a omlouvam se za chyby v cestine.
Giulia Ferraro
""",
        "cte": "8bit",
        "labels": L(
            FEED,
            "Giulia Ferraro",
            "05301271",
            None,
            ["2001:db8:4c2::15"],
            [],
            "Giulia Ferraro",
            "giulia@ferraro-press.example",
            "+420777310588",
        ),
    },
    {
        "id": "z006-french-tv-both",
        "description": "French regional TV writes in French; asks for the feed and for "
        "filming (tournage) at the collection point",
        "style": Style.FOREIGN,
        "from": "Camille Laurent <camille.laurent@tria-info.example>",
        "subject": "Demande d'accès aux résultats XML et autorisation de tournage",
        "html": """<html><body><p>Madame, Monsieur,</p>
<p>Télé Rhône-Alpes Info couvrira l'élection présidentielle tchèque avec un envoyé
spécial à Prague. Nous souhaitons :</p>
<ol>
<li>un accès au serveur XML des résultats, depuis nos adresses de production
198.51.100.200 et 198.51.100.201 (adresse de test : 198.51.100.210) ;</li>
<li>l'autorisation de filmer au point de collecte des résultats à Prague le soir du
second tour (une caméra, deux personnes).</li>
</ol>
<p>Votre interlocutrice pour ce dossier : Camille Laurent, +33 6 12 48 90 77.</p>
<p>Bien cordialement,<br>Camille Laurent<br>Chargée de production<br>
Télé Rhône-Alpes Info SAS, Lyon</p>
</body></html>""",
        "labels": L(
            BOTH,
            "Télé Rhône-Alpes Info SAS",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Camille Laurent",
            "camille.laurent@tria-info.example",
            "+33612489077",
        ),
    },
    {
        "id": "z007-swedish-netmask",
        "description": "Swedish agency in English; production as an address with a netmask "
        "(four addresses), test as a /32",
        "style": Style.NOTATION,
        "from": "Lars Eklund <lars.eklund@nnb.example>",
        "subject": "Registration for results feed",
        "body": """Hi,

Nordisk Nyhetsbyrå would like to register for the results feed.

prod: 203.0.113.16 netmask 255.255.255.252
test: 203.0.113.40/32

Ping me if the netmask notation is a problem for your firewall people.

/Lars

--
Lars Eklund | Systems | Nordisk Nyhetsbyrå AB
+46 70 555 12 34
""",
        "labels": L(
            FEED,
            "Nordisk Nyhetsbyrå AB",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.40"],
            "Lars Eklund",
            "lars.eklund@nnb.example",
            "+46705551234",
        ),
    },
    {
        "id": "z008-university-studio-words",
        "description": "University faculty studio; production written as 'od .33 až po .35', "
        "the faculty named beside the university, which is the legal entity",
        "style": Style.UNIVERSITY,
        "from": "Petr Holub <holub@uvys.example>",
        "subject": "Žádost o připojení k volebnímu serveru – studentské studio",
        "body": """Vážení,

Fakulta mediálních studií Univerzity Vysočina připravuje na druhé kolo prezidentské
volby celovečerní studentské vysílání s komentáři politologů. Prosíme proto
o zřízení přístupu k XML výsledkům.

Pro ostrý provoz budeme používat adresy 198.51.100.33 až po 198.51.100.35, tedy tři
stroje za sebou. Jako testovací prosím zaveďte 198.51.100.36.

Kontaktní osobou jsem já, mobil 605 223 914.

S pozdravem

doc. Ing. Petr Holub, Ph.D.
proděkan pro vnější vztahy
Univerzita Vysočina, Fakulta mediálních studií
Tolstého 16, 586 01 Jihlava
IČ: 00204366
""",
        "headers": [("X-Mailer", "Mozilla Thunderbird")],
        "labels": L(
            FEED,
            "Univerzita Vysočina",
            "00204366",
            None,
            ["198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.36"],
            "Petr Holub",
            "holub@uvys.example",
            "+420605223914",
        ),
    },
    {
        "id": "z009-town-newsroom-nat",
        "description": "Town newsroom without diacritics; the internal host behind NAT is "
        "named beside the public address, which alone is registered",
        "style": Style.MUNICIPAL,
        "from": "Jana Stastna <stastna@roznov-hurka.example>",
        "subject": "volby - pristup k datum pro mestsky web",
        "body": """Dobry den,

mesto Roznov pod Hurkou by rado na svem webu a v infokanalu kabelove televize
zobrazovalo prubezne vysledky volby prezidenta. Zadame tedy o pristup k XML.

Nas server je za NATem - interne 10.0.5.20, ale ven se hlasi verejnou adresou
192.0.2.77, kterou prosim povolte (ostry provoz). Test nepotrebujeme.

V pripade dotazu volejte 571 640 118 nebo piste.

Jana Stastna
referentka pro vnejsi vztahy
Mesto Roznov pod Hurkou, ICO 00299171
""",
        "cte": "7bit",
        "charset": "us-ascii",
        "labels": L(
            FEED,
            "Mesto Roznov pod Hurkou",
            "00299171",
            None,
            ["192.0.2.77"],
            [],
            "Jana Stastna",
            "stastna@roznov-hurka.example",
            "+420571640118",
        ),
    },
    {
        "id": "z010-contractor-for-publisher",
        "description": "IT contractor writes for the publisher, which is the applicant with "
        "its own IČO; the contractor's IČO is in its signature; backup server is production",
        "style": Style.CONTRACTOR,
        "from": "Radek Vávra <vavra@dc-morava.example>",
        "subject": "Žádost o přístup k XML výsledkům – za vydavatelství Hanácké listy a.s.",
        "body": """Dobrý den,

na základě plné moci (v příloze) podáváme jménem našeho klienta, vydavatelství
Hanácké listy a.s., IČO 24987123, žádost o přístup k serveru s výsledky voleb
ve formátu XML. Naše firma pro klienta pouze provozuje servery; žadatelem je
vydavatelství.

Adresy:
- hlavní server: 198.18.4.10
- záložní server: 198.18.4.11
- testovací prostředí: 198.18.4.20 a 198.18.4.21

Kontaktní osobou pro technické záležitosti je náš technik Radek Vávra,
tel. +420 731 902 446, vavra@dc-morava.example.

S pozdravem
Radek Vávra
Datacentrum Morava s.r.o., IČO 27055311
""",
        "attachments": [
            (
                "pdf",
                "plna_moc_Hanacke_listy.pdf",
                [
                    "PLNÁ MOC",
                    "Hanácké listy a.s., IČO 24987123, se sídlem Horní náměstí 5, 779 00 "
                    "Olomouc, zastoupená předsedou představenstva Ing. Pavlem Ryšánkem,",
                    "zmocňuje společnost Datacentrum Morava s.r.o., IČO 27055311, "
                    "k podání žádosti o přístup k serveru s výsledky voleb Českého "
                    "statistického úřadu a k jednání ve věcech s tím spojených.",
                    "V Olomouci dne 28. 11. 2022\nIng. Pavel Ryšánek",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Hanácké listy a.s.",
            "24987123",
            None,
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.4.20", "198.18.4.21"],
            "Radek Vávra",
            "vavra@dc-morava.example",
            "+420731902446",
        ),
    },
    {
        "id": "z011-slovak-tv-corrected-test",
        "description": "Slovak regional TV in Slovak; the test address is corrected in a "
        "second paragraph (.58 becomes .59)",
        "style": Style.SLOVAK,
        "from": "Zuzana Horváthová <horvathova@tv-zahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "body": """Dobrý deň,

Televízia Záhorie, s. r. o., IČO 46012974, žiada o prístup k dátam s výsledkami
voľby prezidenta ČR vo formáte XML. Vysielame aj pre divákov na českej strane
hranice.

Produkčná IP adresa: 203.0.113.57
Testovacia IP adresa: 203.0.113.58

Oprava – kolega ma práve upozornil, že testovací server sme minulý týždeň
presunuli, testovacia adresa je teda 203.0.113.59, nie .58. Ospravedlňujem sa.

Kontakt: Mgr. Zuzana Horváthová, +421 905 318 772

S pozdravom
Zuzana Horváthová
""",
        "labels": L(
            FEED,
            "Televízia Záhorie, s. r. o.",
            "46012974",
            None,
            ["203.0.113.57"],
            ["203.0.113.59"],
            "Zuzana Horváthová",
            "horvathova@tv-zahorie.example",
            "+421905318772",
        ),
    },
    {
        "id": "z012-agency-html-table-old-row",
        "description": "Press agency's Outlook HTML table with a role column; one row is the "
        "old address marked no longer used; asks to film as well",
        "style": Style.HTML_TABLE,
        "from": "Šimon Beneš <benes@rta-zpravy.example>",
        "subject": "RTA – přístup k výsledkům voleb a natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Dobrý den,

Regionální tisková agentura RTA, s.r.o. (IČO 35712244) žádá o přístup k XML
výsledkům volby prezidenta a o povolení natáčet na přebíracím místě v Ostravě.

Typ       | IP adresa     | Poznámka
ostrý     | 192.0.2.10    | redakční server
ostrý     | 192.0.2.11    | zrcadlo
test      | 192.0.2.12    | vývoj
(stará)   | 192.0.2.14    | již nepoužíváme, prosím vyřadit

Kontakt: Šimon Beneš, 736 118 240

Šimon Beneš
vedoucí IT, RTA
""",
        "html": """<html><body>
<p class="MsoNormal">Dobrý den,</p>
<p class="MsoNormal">Regionální tisková agentura RTA, s.r.o. (IČO 35712244) žádá
o přístup k XML výsledkům volby prezidenta a o povolení natáčet na přebíracím
místě v Ostravě.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Typ</th><th>IP adresa</th><th>Poznámka</th></tr>
<tr><td>ostrý</td><td>192.0.2.10</td><td>redakční server</td></tr>
<tr><td>ostrý</td><td>192.0.2.11</td><td>zrcadlo</td></tr>
<tr><td>test</td><td>192.0.2.12</td><td>vývoj</td></tr>
<tr><td>(stará)</td><td>192.0.2.14</td><td>již nepoužíváme, prosím vyřadit</td></tr>
</table>
<p class="MsoNormal">Kontakt: Šimon Beneš, 736 118 240</p>
<p class="MsoNormal">Šimon Beneš<br>vedoucí IT, RTA</p>
</body></html>""",
        "charset": "windows-1250",
        "labels": L(
            BOTH,
            "Regionální tisková agentura RTA, s.r.o.",
            "35712244",
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Šimon Beneš",
            "benes@rta-zpravy.example",
            "+420736118240",
        ),
    },
    {
        "id": "z013-radio-docx-form-ne",
        "description": "Internet radio fills in its own DOCX form: XML access ANO, filming "
        "NE; two test addresses in one cell",
        "style": Style.FORM,
        "from": "Rádio Podbrdsko <provoz@podbrdsko-radio.example>",
        "subject": "Formulář – žádost o XML",
        "body": """Dobrý den, v příloze posíláme vyplněný formulář.
Děkujeme, Rádio Podbrdsko
""",
        "attachments": [
            (
                "docx",
                "zadost_XML_Podbrdsko.docx",
                {
                    "header": "Rádio Podbrdsko s.r.o. | Příbram",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Podbrdsko s.r.o."],
                                ["IČO", "28176944"],
                                ["Přístup k XML výsledkům", "ANO"],
                                ["Natáčení na přebíracím místě", "NE"],
                                ["IP adresy – ostrý provoz", "192.0.2.201"],
                                ["IP adresy – test", "192.0.2.202, 192.0.2.203"],
                                ["Kontaktní osoba", "Michal Tůma"],
                                ["E-mail", "tuma@podbrdsko-radio.example"],
                                ["Telefon", "+420 318 620 551"],
                            ]
                        },
                        "Datum: 1. 12. 2022",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Rádio Podbrdsko s.r.o.",
            "28176944",
            None,
            ["192.0.2.201"],
            ["192.0.2.202", "192.0.2.203"],
            "Michal Tůma",
            "tuma@podbrdsko-radio.example",
            "+420318620551",
        ),
    },
    {
        "id": "z014-filmmaker-withdraws-feed",
        "description": "Freelance documentary maker asks for filming and the feed, then "
        "withdraws the feed in a P.S.; only filming remains, so no addresses",
        "style": Style.DECLINED,
        "from": "Ondřej Málek <ondrej@malekfilm.example>",
        "subject": "natáčení na přebíracím místě + XML",
        "body": """Dobrý den,

připravuji dokument o tom, jak se v Česku sčítají hlasy, a rád bych v noci po
druhém kole natáčel na vašem přebíracím místě v Praze (jen já a zvukař, bez
světel). Současně bych požádal o přístup k XML výsledkům z adresy 198.51.100.44.

Ondřej Málek, dokumentarista (OSVČ, IČO 06397182)
tel. +420 603 11 22 90

P.S. Právě jsem mluvil s produkcí – výsledky nám dodá televize, se kterou
spolupracujeme, takže žádost o přístup k XML beru zpět. Natáčení platí.
""",
        "labels": L(
            REC,
            "Ondřej Málek",
            "06397182",
            None,
            [],
            [],
            "Ondřej Málek",
            "ondrej@malekfilm.example",
            "+420603112290",
        ),
    },
]
