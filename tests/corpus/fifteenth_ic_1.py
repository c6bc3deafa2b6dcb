"""Fifteenth held-out part ``ic``, cases ic001–ic014: foreign media, freelancers, universities,
municipalities, agencies; ranges, CIDR, netmasks, NAT, corrections, declined requests."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifteenth_ic_common import BOTH, FEED, FILM, L, Style, ico

ICO_KRALUPY = ico("0023671")
ICO_HANUS = ico("7410235")
ICO_UNI = ico("6138905")
ICO_VLNA = ico("2790413")
ICO_PLUS = ico("0549211")
ICO_JIH = ico("2604817")
ICO_SOFT = ico("0871234")

CASES: list[dict[str, Any]] = [
    {
        "id": "ic001-tagblatt-range-deutsch",
        "description": "German regional daily writing in German; production as a written range",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Oberpfälzer Tagblatt GmbH & Co. KG", None, None,
                    ["198.51.100.21", "198.51.100.22", "198.51.100.23"], ["198.51.100.30"],
                    "Matthias Gräbner", "m.graebner@tagblatt-opf.example", "+499417706512"),
        "from": "Matthias Gräbner <m.graebner@tagblatt-opf.example>",
        "subject": "Antrag auf Zugang zum XML-Wahlergebnisdienst",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "das Oberpfälzer Tagblatt (Oberpfälzer Tagblatt GmbH & Co. KG, Regensburg) berichtet "
            "regelmäßig über die Wahlen im benachbarten Tschechien. Für die kommenden Wahlen "
            "beantragen wir hiermit den Zugang zu Ihrem XML-Datendienst mit den Ergebnissen.\n\n"
            "Produktivserver: 198.51.100.21 bis 198.51.100.23\n"
            "Testserver: 198.51.100.30\n\n"
            "Ansprechpartner ist der Unterzeichnende, Tel. +49 941 770 65 12.\n\n"
            "Mit freundlichen Grüßen\nMatthias Gräbner\nLeiter Digitalredaktion\n"
        ),
    },
    {
        "id": "ic002-orf-landesstudio-cidr-ipv6",
        "description": "Austrian broadcaster in mixed English/German; a /30 block and an IPv6 test host",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Alpenfunk Medien GmbH", None, None,
                    ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
                    ["2001:db8:4a1::15"],
                    "Verena Hollaus", "verena.hollaus@alpenfunk.example", "+436641234987"),
        "from": "\"Hollaus, Verena\" <verena.hollaus@alpenfunk.example>",
        "subject": "Election data feed - access request / Zugangsantrag",
        "body": (
            "Dear colleagues,\n\n"
            "Alpenfunk Medien GmbH (Innsbruck) would like to receive the election results XML "
            "feed for our live ticker. Our graphics cluster sits in one block, 203.0.113.64/30 - "
            "please allow the whole block for production. For testing we only use IPv6: "
            "2001:db8:4a1::15.\n\n"
            "Bei Rückfragen bitte direkt an mich.\n\n"
            "Beste Grüße / best regards\n"
            "Verena Hollaus\nHead of Data Desk\nmobile +43 664 123 4987\n"
        ),
    },
    {
        "id": "ic003-gazeta-polish-two-hosts",
        "description": "Polish news portal writing in Polish; two production hosts, no test",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Wiadomości Śląskie sp. z o.o.", None, None,
                    ["192.0.2.141", "192.0.2.142"], [],
                    "Paweł Kędzierski", "pawel.kedzierski@wiadomosci-sl.example", "+48601332118"),
        "from": "Paweł Kędzierski <pawel.kedzierski@wiadomosci-sl.example>",
        "subject": "Wniosek o dostęp do danych wyborczych (XML)",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu spółki Wiadomości Śląskie sp. z o.o. z siedzibą w Katowicach zwracam się "
            "z prośbą o udostępnienie serwisu XML z wynikami wyborów. Nasi czytelnicy "
            "z pogranicza bardzo interesują się czeskimi wyborami.\n\n"
            "Adresy IP serwerów produkcyjnych: 192.0.2.141 oraz 192.0.2.142. Środowiska "
            "testowego nie posiadamy.\n\n"
            "Osoba do kontaktu: Paweł Kędzierski, tel. +48 601 332 118\n\n"
            "Z poważaniem\nPaweł Kędzierski\nkierownik działu IT\n"
        ),
    },
    {
        "id": "ic004-hungarian-tv-filming-only",
        "description": "Hungarian TV in English asks only to film; says explicitly no data feed",
        "style": Style.FILMING,
        "labels": L(FILM, "Duna Hír Televízió Zrt.", None, None, [], [],
                    "Réka Szalai", "reka.szalai@dunahir.example", "+36309876543"),
        "from": "Szalai Réka <reka.szalai@dunahir.example>",
        "subject": "Filming permission - election night Prague",
        "body": (
            "Hello,\n\n"
            "I am a producer at Duna Hír Televízió Zrt., Budapest. A crew of three (reporter, "
            "camera, sound) will be in Prague for your elections and we would like permission "
            "to film at one of your collection points while the protocols are delivered.\n\n"
            "We do not need the data feed, our graphics use the public website.\n\n"
            "You can reach me at +36 30 987 6543 or at this address.\n\n"
            "Kind regards,\nRéka Szalai\nproducer, foreign news\n"
        ),
    },
    {
        "id": "ic005-freelancer-no-diacritics",
        "description": "Freelance data journalist (OSVČ) without diacritics, one host, IČO in passing",
        "style": Style.FREELANCER,
        "labels": L(FEED, "Ondrej Hanus", ICO_HANUS, None, ["198.51.100.77"], [],
                    "Ondrej Hanus", "ondra@hanus-data.example", "+420602118437"),
        "from": "Ondrej Hanus <ondra@hanus-data.example>",
        "subject": "pristup k xml vysledku voleb",
        "body": (
            "Dobry den,\n\n"
            "jsem nezavisly datovy novinar (OSVC, ICO " + ICO_HANUS + ") a na volebni noc "
            "delam vizualizace pro nekolik regionalnich webu. Prosim o pristup k XML vysledkum.\n"
            "Server mam jeden, VPS s adresou 198.51.100.77. Testovaci prostredi nepotrebuju.\n\n"
            "Kdyby neco, volejte 602 118 437.\n\n"
            "Diky\nOndrej Hanus\n"
        ),
    },
    {
        "id": "ic006-university-netmask",
        "description": "University faculty, address with a netmask (four hosts), test separate",
        "style": Style.UNIVERSITY,
        "labels": L(FEED, "Univerzita Jana Ámose Komenského v Kralupech", ICO_UNI, None,
                    ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
                    ["203.0.113.210"],
                    "Jitka Vondrušková", "vondruskova@fss.ujak-kralupy.example", "+420315623901"),
        "from": "Jitka Vondrušková <vondruskova@fss.ujak-kralupy.example>",
        "subject": "Žádost o přístup k volebním datům – studentská redakce",
        "body": (
            "Vážení,\n\n"
            "studentská televize Fakulty sociálních studií chce letos poprvé vysílat volební "
            "studio. Žádáme proto o přístup k XML výsledkům. Žadatelem je Univerzita Jana "
            "Ámose Komenského v Kralupech, IČO " + ICO_UNI + " (fakulta nemá vlastní IČO).\n\n"
            "Produkční stroje máme v síti 203.0.113.200 s maskou 255.255.255.252, "
            "testovací stroj je 203.0.113.210.\n\n"
            "Kontaktní osobou je Mgr. Jitka Vondrušková, tel. 315 623 901.\n\n"
            "S pozdravem\nMgr. Jitka Vondrušková\nkatedra mediálních studií\n"
        ),
    },
    {
        "id": "ic007-municipal-zpravodaj-last-octets",
        "description": "Town newsletter; a range written with only the last octet repeated",
        "style": Style.MUNICIPAL,
        "labels": L(FEED, "Město Kralupy nad Vltavou", ICO_KRALUPY, None,
                    ["198.51.100.10", "198.51.100.11", "198.51.100.12"], [],
                    "Lenka Šimůnková", "simunkova@mesto-kralupy.example", "+420315739145"),
        "from": "Lenka Šimůnková <simunkova@mesto-kralupy.example>",
        "subject": "Kralupský zpravodaj – volební výsledky na webu města",
        "body": (
            "Dobrý den,\n\n"
            "Město Kralupy nad Vltavou (IČO " + ICO_KRALUPY + ") vydává Kralupský zpravodaj "
            "a na webu města chceme o volbách průběžně zveřejňovat výsledky za obec. "
            "Prosíme o zpřístupnění XML dat.\n\n"
            "Naše servery: 198.51.100.10 až .12 (všechny tři ostrý provoz).\n\n"
            "Vyřizuje: Bc. Lenka Šimůnková, odbor vnějších vztahů, tel. 315 739 145\n\n"
            "S pozdravem\nLenka Šimůnková\n"
        ),
    },
    {
        "id": "ic008-contractor-for-radio",
        "description": "IT contractor writes for a radio station; the station applies, contractor is contact",
        "style": Style.AGENCY,
        "labels": L(FEED, "Rádio Vlna, s.r.o.", ICO_VLNA, None,
                    ["192.0.2.88", "192.0.2.89"], ["192.0.2.90"],
                    "Tomáš Brychta", "brychta@netwise.example", "+420777405219"),
        "from": "Tomáš Brychta <brychta@netwise.example>",
        "subject": "Rádio Vlna – přístup k volebnímu XML",
        "body": (
            "Dobrý den,\n\n"
            "naše firma NetWise spravuje servery pro Rádio Vlna, s.r.o., IČO " + ICO_VLNA + ". "
            "Jménem rádia (plná moc v příloze dodáme na vyžádání) žádám o přístup k XML "
            "s výsledky voleb.\n\n"
            "produkce: 192.0.2.88, 192.0.2.89\ntest: 192.0.2.90\n\n"
            "Technické dotazy i vyřízení žádosti prosím směřujte na mě – Tomáš Brychta, "
            "+420 777 405 219.\n\n"
            "Tomáš Brychta\nNetWise – správa sítí\n"
        ),
    },
    {
        "id": "ic009-html-form-filming-ne",
        "description": "HTML table form; filming answered NE, feed ANO",
        "style": Style.DECLINED,
        "labels": L(FEED, "Plusové noviny a.s.", ICO_PLUS, None,
                    ["203.0.113.15"], ["203.0.113.16"],
                    "Karel Přibyl", "pribyl@plusovenoviny.example", "+420603554120"),
        "from": "Karel Přibyl <pribyl@plusovenoviny.example>",
        "subject": "Žádost – volby",
        "html": (
            "<p>Dobrý den, posíláme vyplněnou žádost.</p>"
            "<table border='1'>"
            "<tr><td>Žadatel</td><td>Plusové noviny a.s.</td></tr>"
            "<tr><td>IČO</td><td>" + ICO_PLUS + "</td></tr>"
            "<tr><td>Přístup k XML výsledkům</td><td>ANO</td></tr>"
            "<tr><td>Natáčení na sběrných místech</td><td>NE</td></tr>"
            "<tr><td>IP produkční</td><td>203.0.113.15</td></tr>"
            "<tr><td>IP testovací</td><td>203.0.113.16</td></tr>"
            "<tr><td>Kontakt</td><td>Karel Přibyl, 603 554 120</td></tr>"
            "</table><p>Karel Přibyl<br>vedoucí IT</p>"
        ),
    },
    {
        "id": "ic010-filming-withdrawn-later",
        "description": "Asks for both, then a postscript withdraws the filming request",
        "style": Style.DECLINED,
        "labels": L(FEED, "Jihočeský deník Plus s.r.o.", ICO_JIH, None,
                    ["198.51.100.140"], [],
                    "Eva Matoušková", "matouskova@jcdplus.example", "+420724310662"),
        "from": "Eva Matoušková <matouskova@jcdplus.example>",
        "subject": "Volby - XML a natáčení",
        "body": (
            "Dobrý den,\n\n"
            "za Jihočeský deník Plus s.r.o. (IČO " + ICO_JIH + ") bychom rádi požádali "
            "o přístup k XML s výsledky a zároveň o povolení natáčet na sběrném místě "
            "v Českých Budějovicích.\n\n"
            "Náš server: 198.51.100.140\n\n"
            "Eva Matoušková, šéfredaktorka, 724 310 662\n\n"
            "P.S. Právě mi kolega potvrdil, že kameramana na volební noc mít nebudeme, takže "
            "žádost o natáčení beru zpět. XML nám ale prosím zřiďte.\n"
        ),
    },
    {
        "id": "ic011-corrected-address",
        "description": "Second paragraph corrects a typo in the production address",
        "style": Style.CORRECTION,
        "labels": L(FEED, "SoftMedia Group s.r.o.", ICO_SOFT, None,
                    ["192.0.2.57", "192.0.2.58"], ["192.0.2.60"],
                    "Jakub Rezek", "rezek@softmedia.example", "+420608221903"),
        "from": "Jakub Rezek <rezek@softmedia.example>",
        "subject": "Re: žádost o XML – oprava IP",
        "body": (
            "Dobrý den,\n\n"
            "včera jsem posílal žádost za SoftMedia Group s.r.o. (IČO " + ICO_SOFT + ") a "
            "spletl jsem se v jedné adrese. Správně má být:\n\n"
            "produkční: 192.0.2.57 a 192.0.2.58 (ne 192.0.2.85, to byl překlep)\n"
            "testovací: 192.0.2.60\n\n"
            "Omlouvám se za komplikace.\nJakub Rezek, tel. 608 221 903\n"
        ),
    },
    {
        "id": "ic012-nat-internal-hosts",
        "description": "Internal hosts behind NAT named; only the public address is to be allowed",
        "style": Style.NETWORK,
        "labels": L(FEED, "Horácký týdeník, z.s.", None, None, ["203.0.113.40"], [],
                    "Petr Dvořák", "dvorak@horacky-tydenik.example", "+420566512380"),
        "from": "Petr Dvořák <dvorak@horacky-tydenik.example>",
        "subject": "přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n\n"
            "spolek Horácký týdeník, z.s. by rád na svém webu zobrazoval výsledky voleb.\n\n"
            "Data bude stahovat server 10.0.0.5 v naší vnitřní síti, ven ale chodí přes NAT, "
            "takže u vás uvidíte jen veřejnou adresu 203.0.113.40 – povolte prosím jen tu. "
            "Adresy 10.0.x.x jsou interní.\n\n"
            "Petr Dvořák\nredaktor a správce webu\ntel.: 566 512 380\n"
        ),
    },
    {
        "id": "ic013-italian-both",
        "description": "Italian agency writing in Italian, asks for the feed and for filming",
        "style": Style.FOREIGN,
        "labels": L(BOTH, "Agenzia Notizie Mitteleuropa S.r.l.", None, None,
                    ["198.51.100.201", "198.51.100.202"], ["198.51.100.209"],
                    "Giulia Ferraresi", "g.ferraresi@anm-notizie.example", "+390645127788"),
        "from": "Giulia Ferraresi <g.ferraresi@anm-notizie.example>",
        "subject": "Richiesta accesso dati elettorali e autorizzazione riprese",
        "body": (
            "Gentili signori,\n\n"
            "scrivo per conto dell'Agenzia Notizie Mitteleuropa S.r.l. (Roma). Chiediamo:\n"
            "1) l'accesso al flusso XML dei risultati elettorali - server di produzione "
            "198.51.100.201 e 198.51.100.202, server di prova 198.51.100.209;\n"
            "2) l'autorizzazione a effettuare riprese video presso un vostro punto di "
            "raccolta la sera delle elezioni.\n\n"
            "Referente: Giulia Ferraresi, tel. +39 06 4512 7788\n\n"
            "Cordiali saluti\nGiulia Ferraresi\n"
        ),
    },
    {
        "id": "ic014-databox-regional-tv",
        "description": "Data message from a regional TV's box; the request in an attached TXT",
        "style": Style.DATABOX,
        "labels": L(FEED, "TV Podhůří s.r.o.", ico("2955014"), "t7kq2mw",
                    ["192.0.2.170", "192.0.2.171"], ["192.0.2.175"],
                    "Radek Šustr", "sustr@tvpodhuri.example", "+420731880412"),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {"box": "t7kq2mw", "sender": "TV Podhůří s.r.o.", "address": "Trutnov"},
        "attachments": [("txt", "zadost.txt", (
            "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
            "Žadatel: TV Podhůří s.r.o., IČO " + ico("2955014") + ", Trutnov\n"
            "Produkční IP adresy: 192.0.2.170, 192.0.2.171\n"
            "Testovací IP adresa: 192.0.2.175\n"
            "Kontaktní osoba: Radek Šustr, sustr@tvpodhuri.example, +420 731 880 412\n\n"
            "V Trutnově dne 3. 9.\nRadek Šustr, jednatel\n"
        ))],
    },
]
