"""Sixth held-out set, prefix ``l``, cases l001–l014: technical writers (host tables,
firewall-rule lines, NAT, IPv6 next to IPv4) next to formal editors' letters.

Written by hand apart from the extraction rules (issue 18); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_VYCHOD = ico("2719483")
ICO_NOVINY = ico("4563912")
ICO_RADIO = ico("0614578")
ICO_DATA = ico("2871035")
ICO_SK = ico("3640127")
ICO_TV = ico("2530861")
ICO_ZPRAVY = ico("0837264")
ICO_MESTO = ico("0027452")
ICO_UNI = ico("6138924")

CASES: list[dict[str, Any]] = [
    {
        "id": "l001-host-table-terse",
        "description": "admin's host table: hostnames, roles prod/test in a column, a monitoring "
        "host listed below that is explicitly not to be allowed",
        "style": "signature-block",
        "from": "Radek Kolář <kolar@vychod-media.example>",
        "subject": "Volby - pristup k XML feedu",
        "body": """Dobrý den,

posílám údaje pro přístup k serveru s výsledky voleb.

host                 IP              role
feed-fe01.vm.local   198.51.100.34   ostrý provoz
feed-fe02.vm.local   198.51.100.35   ostrý provoz
feed-lab.vm.local    203.0.113.77    test

Zabbix (mon01, 198.51.100.40) jen pingá naši stranu, do povolených adres ho nedávejte.

Kontakt: Radek Kolář, správa sítě, tel. 731 224 980, kolar@vychod-media.example

--
Radek Kolář | IT
VÝCHOD MEDIA a.s., IČO """
        + ICO_VYCHOD
        + """
Hradec Králové
""",
        "labels": L(
            FEED,
            "VÝCHOD MEDIA a.s.",
            ICO_VYCHOD,
            None,
            ["198.51.100.34", "198.51.100.35"],
            ["203.0.113.77"],
            "Radek Kolář",
            "kolar@vychod-media.example",
            "+420731224980",
        ),
    },
    {
        "id": "l002-firewall-lines-english",
        "description": "English firewall-rule style lines; NAT internal addresses in brackets are "
        "not meant, only the public source addresses",
        "style": "english",
        "from": "Ops Team <netops@baltic-wire.example>",
        "subject": "Election results feed - source IPs",
        "body": """Hi,

Baltic Wire Ltd (Riga, no Czech company ID) would like access to the election results XML
feed. Our requests will come from the following public addresses (after NAT):

  allow src 203.0.113.140/32 -> feed  # prod, NAT of 10.8.1.20
  allow src 203.0.113.141/32 -> feed  # prod, NAT of 10.8.1.21
  allow src 198.51.100.199/32 -> feed # test only, will be off on election day

Please ignore the 10.8.x.x addresses, they are internal and only for your information.

Point of contact: Ilze Ozola, ilze.ozola@baltic-wire.example, +371 2914 5530.

Regards,
Janis Berzins
Network Operations, Baltic Wire Ltd
""",
        "labels": L(
            FEED,
            "Baltic Wire Ltd",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["198.51.100.199"],
            "Ilze Ozola",
            "ilze.ozola@baltic-wire.example",
            "+37129145530",
        ),
    },
    {
        "id": "l003-formal-letter-docx",
        "description": "long formal letter of an editor-in-chief in a DOCX attachment; addresses in "
        "prose, the mail body only says see attachment",
        "style": "attachment",
        "from": "Sekretariát šéfredaktora <sekretariat@noviny-polabi.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "body": """Dobrý den,

v příloze zasíláme žádost pana šéfredaktora o zpřístupnění volebních výsledků.

S pozdravem
Iveta Šindelářová
sekretariát šéfredaktora
""",
        "attachments": [
            (
                "docx",
                "zadost_CSU_volby.docx",
                {
                    "blocks": [
                        "Polabské noviny, s.r.o.",
                        "IČO: " + ICO_NOVINY + ", Palackého 112, 280 02 Kolín",
                        "Věc: Žádost o přístup k datům volebních výsledků",
                        "Vážená paní, vážený pane,",
                        "Polabské noviny, s.r.o., vydavatel deníku Polabský hlas, si tímto "
                        "dovolují požádat o umožnění přístupu k serveru, z něhož budou během "
                        "sčítání hlasů zveřejňovány průběžné výsledky ve formátu XML. Naše "
                        "redakce bude výsledky zpracovávat pro zpravodajský web a mimořádné "
                        "vydání.",
                        "Pro ostrý provoz prosíme povolit adresy 192.0.2.61 a 192.0.2.62. "
                        "Testovací přístup si přejeme z adresy 192.0.2.90.",
                        "Kontaktní osobou ve věci této žádosti je vedoucí online vydání "
                        "Bc. Tomáš Hrubý, e-mail hruby@noviny-polabi.example, "
                        "mobil +420 604 118 237.",
                        "Děkujeme za kladné vyřízení.",
                        "S úctou",
                        "PhDr. Miroslav Vaněček, šéfredaktor",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Polabské noviny, s.r.o.",
            ICO_NOVINY,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.90"],
            "Tomáš Hrubý",
            "hruby@noviny-polabi.example",
            "+420604118237",
        ),
    },
    {
        "id": "l004-slovak-dual-stack",
        "description": "Slovak, IPv4 and IPv6 of the same servers side by side; one test server "
        "with both families",
        "style": "slovak",
        "from": "Martin Hudák <hudak@dennik-zahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": """Dobrý deň,

v mene spoločnosti Denník Záhorie, s. r. o. (IČO """
        + ICO_SK
        + """) žiadame o prístup k XML
výstupom výsledkov volieb.

Produkčné servery (dual stack):
  web1: 203.0.113.21  /  2001:db8:41::21
  web2: 203.0.113.22  /  2001:db8:41::22
Testovací server:
  dev:  198.51.100.9  /  2001:db8:41::9

Kontaktná osoba: Martin Hudák, +421 905 332 118

S pozdravom
Martin Hudák
vedúci IT, Denník Záhorie, s. r. o.
""",
        "labels": L(
            FEED,
            "Denník Záhorie, s. r. o.",
            ICO_SK,
            None,
            ["203.0.113.21", "2001:db8:41::21", "203.0.113.22", "2001:db8:41::22"],
            ["198.51.100.9", "2001:db8:41::9"],
            "Martin Hudák",
            "hudak@dennik-zahorie.example",
            "+421905332118",
        ),
    },
    {
        "id": "l005-primary-failover-staging",
        "description": "primary / secondary / failover are production (backup counts), staging "
        "and dev explicitly called test; DNS resolver mentioned and excluded",
        "style": "roles-by-order",
        "from": "Petr Vlasák <petr.vlasak@radio-stred.example>",
        "subject": "RE: pristup na volebni server - IP adresy",
        "body": """Dobry den,

k nasi zadosti o pristup k XML vysledkum posilam adresy:

primary    198.18.4.10
secondary  198.18.4.11
failover   198.18.7.10   (zalozni lokalita Pardubice)
staging    198.18.9.5    -> testovaci
dev        198.18.9.6    -> testovaci

Nas resolver 198.18.4.53 se na vas server nepripojuje, neni potreba ho povolovat.

Petr Vlasak
Radio Stred, s.r.o. / IT
ICO """
        + ICO_RADIO
        + """
+420 777 305 641
""",
        "labels": L(
            FEED,
            "Radio Stred, s.r.o.",
            ICO_RADIO,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.7.10"],
            ["198.18.9.5", "198.18.9.6"],
            "Petr Vlasák",
            "petr.vlasak@radio-stred.example",
            "+420777305641",
        ),
    },
    {
        "id": "l006-xlsx-host-sheet-cidr",
        "description": "XLSX host sheet: a /30 block for production, one test host, a monitoring "
        "row marked not to allow",
        "style": "attachment",
        "from": "infrastruktura@datovy-denik.example",
        "subject": "Volby – IP adresy pro XML výsledky (tabulka v příloze)",
        "body": """Dobrý den,

Datový deník z.ú. žádá o přístup k XML výsledkům voleb. Adresy jsou v přiložené tabulce,
kontaktní osobou je Lucie Marková (lucie.markova@datovy-denik.example, 602 915 004).

Tým infrastruktury
Datový deník z.ú., IČO """
        + ICO_DATA
        + """
""",
        "attachments": [
            (
                "xlsx",
                "adresy_volby.xlsx",
                [
                    {
                        "title": "Hosts",
                        "rows": [
                            ["Hostname", "Adresa", "Účel", "Povolit"],
                            ["prod-pool", "192.0.2.128/30", "ostrý provoz", "ano"],
                            ["qa-01", "192.0.2.140", "testování", "ano"],
                            ["mon-01", "192.0.2.150", "monitoring", "ne"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Datový deník z.ú.",
            ICO_DATA,
            None,
            ["192.0.2.128", "192.0.2.129", "192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Lucie Marková",
            "lucie.markova@datovy-denik.example",
            "+420602915004",
        ),
    },
    {
        "id": "l007-databox-pdf-tv",
        "description": "data message of a TV company, request in a PDF with a table of addresses",
        "style": "databox-message",
        "databox": {"box": "t7mqk2x", "sender": "Televize Morava a.s.", "address": "Brno"},
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Televize Morava a.s., IČO " + ICO_TV + ", Kounicova 20, 602 00 Brno",
                    "Žádáme o přístup k serveru s průběžnými výsledky voleb ve formátu XML "
                    "pro naši zpravodajskou grafiku.",
                    {
                        "rows": [
                            ["IP adresa", "Určení"],
                            ["203.0.113.201", "produkce – grafika studio A"],
                            ["203.0.113.202", "produkce – grafika studio B"],
                            ["203.0.113.210", "test"],
                        ],
                        "widths": [150, 250],
                    },
                    "Kontakt: Ing. Pavel Dostál, technický ředitel, dostal@tv-morava.example, "
                    "tel. +420 541 002 310",
                    "Za společnost: Mgr. Jana Křížová, předsedkyně představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Televize Morava a.s.",
            ICO_TV,
            "t7mqk2x",
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Pavel Dostál",
            "dostal@tv-morava.example",
            "+420541002310",
        ),
    },
    {
        "id": "l008-filming-formal-letter",
        "description": "a long formal letter asking only to film at collection points; no feed",
        "style": "recording-permit",
        "from": "Mgr. Hana Vojtíšková <vojtiskova@zpravy-vysocina.example>",
        "subject": "Žádost o povolení natáčení na sběrném místě",
        "body": """Vážený pane předsedo,

dovolte mi, abych se na Vás obrátila jménem redakce Zprávy Vysočina s.r.o.,
IČO """
        + ICO_ZPRAVY
        + """, se žádostí o povolení pořizovat obrazový a zvukový záznam na sběrném
místě v Jihlavě v průběhu předávání výsledků hlasování ze okrskových komisí.

Natáčet by měl dvoučlenný štáb (kameraman Ondřej Beneš a reportérka Klára Šťastná),
a to bez rušení práce pracovníků úřadu; záznam bude použit v reportáži o průběhu
voleb. Přístup k datovému serveru s výsledky nepožadujeme, výsledky budeme přebírat
z veřejného webu.

Kontaktní osobou jsem já, Hana Vojtíšková, mobil 736 401 992.

S úctou

Mgr. Hana Vojtíšková
vedoucí redakce
Zprávy Vysočina s.r.o.
""",
        "labels": L(
            REC,
            "Zprávy Vysočina s.r.o.",
            ICO_ZPRAVY,
            None,
            [],
            [],
            "Hana Vojtíšková",
            "vojtiskova@zpravy-vysocina.example",
            "+420736401992",
        ),
    },
    {
        "id": "l009-netmask-both-requests",
        "description": "production as address + netmask 255.255.255.252 (four addresses), test "
        "given singly; also asks to film",
        "style": "outlook",
        "from": "Michal Šebesta <sebesta@mesto-breclav-tv.example>",
        "subject": "Volby - feed + natáčení",
        "charset": "windows-1250",
        "body": """Dobrý den,

Městská televize Břeclav, příspěvková organizace, IČO """
        + ICO_MESTO
        + """, žádá:

1) o přístup k XML výsledkům – síť pro ostrý provoz 198.51.100.72 mask 255.255.255.252,
   testovací stroj 198.51.100.90;
2) o povolení natáčet na sběrném místě v Břeclavi během večera.

Kontakt: Michal Šebesta, technik vysílání, mobil 608 773 120
(ústředna televize 519 326 400).

Michal Šebesta
""",
        "html": """<html><body><div class=WordSection1>
<p class=MsoNormal>Dobrý den,</p>
<p class=MsoNormal>Městská televize Břeclav, příspěvková organizace, IČO """
        + ICO_MESTO
        + """, žádá:</p>
<p class=MsoNormal>1) o přístup k XML výsledkům – síť pro ostrý provoz 198.51.100.72 mask
255.255.255.252, testovací stroj 198.51.100.90;<br>
2) o povolení natáčet na sběrném místě v Břeclavi během večera.</p>
<p class=MsoNormal>Kontakt: Michal Šebesta, technik vysílání, mobil 608 773 120<br>
(ústředna televize 519 326 400).</p>
<p class=MsoNormal>Michal Šebesta</p>
</div></body></html>""",
        "labels": L(
            BOTH,
            "Městská televize Břeclav, příspěvková organizace",
            ICO_MESTO,
            None,
            ["198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
            ["198.51.100.90"],
            "Michal Šebesta",
            "sebesta@mesto-breclav-tv.example",
            "+420608773120",
        ),
    },
    {
        "id": "l010-correction-follow-up",
        "description": "second mail corrects a typo in one production address; the first mail "
        "is quoted below",
        "style": "correction",
        "from": "Jiří Nedbal <nedbal@vychod-media.example>",
        "subject": "Oprava: IP adresy pro volební feed",
        "body": """Dobrý den,

omlouvám se, ve včerejší žádosti byla chyba. Druhá produkční adresa není 203.0.113.58,
správně je 203.0.113.68. Ostatní platí.

Jiří Nedbal

> Dobrý den,
> VÝCHOD MEDIA a.s. (IČO """
        + ICO_VYCHOD
        + """) žádá o přístup k výsledkům voleb v XML.
> produkce: 203.0.113.57, 203.0.113.58
> test: žádný
> kontakt: Jiří Nedbal, 725 118 904
""",
        "labels": L(
            FEED,
            "VÝCHOD MEDIA a.s.",
            ICO_VYCHOD,
            None,
            ["203.0.113.57", "203.0.113.68"],
            [],
            "Jiří Nedbal",
            "nedbal@vychod-media.example",
            "+420725118904",
        ),
    },
    {
        "id": "l011-two-line-freelancer",
        "description": "two-line note of a freelance data journalist, one address, no IČO, "
        "phone in international format with dots",
        "style": "two-line-note",
        "from": "Ondřej Pazdera <ondra@pazdera.example>",
        "subject": "přístup k volebnímu XML",
        "body": """Prosím o přístup k XML výsledkům pro moji adresu 192.0.2.17 (jen ostrý provoz).
Ondřej Pazdera, novinář na volné noze, +420.723.400.115
""",
        "labels": L(
            FEED,
            "Ondřej Pazdera",
            None,
            None,
            ["192.0.2.17"],
            [],
            "Ondřej Pazdera",
            "ondra@pazdera.example",
            "+420723400115",
        ),
    },
    {
        "id": "l012-university-range",
        "description": "university lab, a written dash range for production (3 addresses), IPv6 "
        "test address, contact other than the signatory",
        "style": "thunderbird-flowed",
        "flowed": True,
        "from": "doc. Karel Brázda <brazda@fsv-uni.example>",
        "subject": "Žádost o přístup k výsledkům voleb – volební laboratoř",
        "body": " \n".join(
            [
                "Dobrý den,",
                "Univerzita Hradec, veřejná vysoká škola, IČO " + ICO_UNI + ", za svou",
                "volební laboratoř žádá o přístup k průběžným výsledkům ve formátu XML.",
                "Výpočty poběží na strojích 203.0.113.30–203.0.113.32 (ostrý provoz),",
                "pro zkoušky před volbami použijeme adresu 2001:db8:ca5::100.",
                "Technickou stránku má na starosti Mgr. Veronika Slámová,",
                "slamova@fsv-uni.example, tel. 493 331 275.",
            ]
        )
        + "\n\ndoc. Karel Brázda\nvedoucí laboratoře\n",
        "labels": L(
            FEED,
            "Univerzita Hradec, veřejná vysoká škola",
            ICO_UNI,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["2001:db8:ca5::100"],
            "Veronika Slámová",
            "slamova@fsv-uni.example",
            "+420493331275",
        ),
    },
    {
        "id": "l013-withdrawn-filming",
        "description": "asks for feed and filming, then withdraws the filming in a P.S.",
        "style": "long-chatty",
        "from": "Klára Šťastná <stastna@zpravy-vysocina.example>",
        "subject": "Volby – žádost",
        "body": """Dobrý den,

za Zprávy Vysočina s.r.o. (IČO """
        + ICO_ZPRAVY
        + """) bychom rádi získali přístup k výsledkům voleb
v XML, protože letos poprvé chystáme interaktivní mapu po obcích. Loni jsme
výsledky stahovali z webu ručně a bylo to o nervy, takže doufáme, že to letos
půjde hladce. Náš server je na 198.51.100.160, k testování použijeme
198.51.100.161.

A pokud by to šlo, chtěli bychom také natáčet na sběrném místě v Jihlavě.

Díky moc!
Klára Šťastná, 739 552 018

P.S. Tak natáčení beru zpět, kolega mi právě řekl, že na to letos nemáme lidi.
Platí jen ten přístup k XML.
""",
        "labels": L(
            FEED,
            "Zprávy Vysočina s.r.o.",
            ICO_ZPRAVY,
            None,
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Klára Šťastná",
            "stastna@zpravy-vysocina.example",
            "+420739552018",
        ),
    },
    {
        "id": "l014-html-table-ipv6-only-prod",
        "description": "HTML table from a webmail: production only IPv6 addresses, test IPv4",
        "style": "html-table",
        "cte": "base64",
        "from": "Tereza Holubová <holubova@radio-stred.example>",
        "subject": "IP adresy - volby",
        "html": """<html><body>
<p>Dobrý den, Radio Stred, s.r.o. (IČO """
        + ICO_RADIO
        + """) žádá o přístup k XML s výsledky voleb.</p>
<table border="1">
<tr><th>Server</th><th>Adresa</th><th>Typ</th></tr>
<tr><td>ingest-a</td><td>2001:db8:77:10::a</td><td>ostrý</td></tr>
<tr><td>ingest-b</td><td>2001:db8:77:10::b</td><td>ostrý</td></tr>
<tr><td>sandbox</td><td>192.0.2.222</td><td>testovací</td></tr>
</table>
<p>Kontakt: Tereza Holubová, +420 603 884 217</p>
</body></html>""",
        "labels": L(
            FEED,
            "Radio Stred, s.r.o.",
            ICO_RADIO,
            None,
            ["2001:db8:77:10::a", "2001:db8:77:10::b"],
            ["192.0.2.222"],
            "Tereza Holubová",
            "holubova@radio-stred.example",
            "+420603884217",
        ),
    },
]
