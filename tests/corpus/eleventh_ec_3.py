"""Eleventh held-out part ``ec``, cases ec029–ec042: Swiss, Finnish, Danish, British, German
and Italian media, an agency for a newspaper, a Slovak university, uncompressed IPv6, a
signed agency request with the full ten addresses, a corrected IPv6 address and declined or
withdrawn requests. Written by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ec_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import L, ico

ICO_POSAZAVI = ico("0841276")
ICO_KOMPAS = ico("2719350")
ICO_VSZT = ico("4231987")
ICO_HANA = ico("2265138")
ICO_LIPANY = ico("0023164")
ICO_NORDPRESS = ico("2571609")
ICO_BESKYDY = ico("2874502")
ICO_BITWISE = ico("0473381")
ICO_KAVKA = ico("2418867")
ICO_RHOVA = ico("2590474")

CASES: list[dict[str, Any]] = [
    {
        "id": "ec029-leman-info-french-range",
        "description": "Swiss French-language outlet writes a range with 'à' (four production "
        "addresses) and one test address",
        "style": Style.NOTATION,
        "from": "Léman Info – rédaction <redaction@lemaninfo.example>",
        "subject": "Accès aux résultats des élections tchèques",
        "body": """Bonjour,

Léman Info Sàrl, média en ligne à Genève, souhaiterait accéder au flux XML des résultats.

Plage d'adresses de production : 203.0.113.30 à 203.0.113.33
Adresse de test : 198.51.100.230

Interlocutrice : Camille Rochat, cheffe d'édition numérique
+41 22 518 40 77
camille.rochat@lemaninfo.example

Merci d'avance et meilleures salutations,
Camille Rochat
""",
        "labels": L(
            FEED,
            "Léman Info Sàrl",
            None,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32", "203.0.113.33"],
            ["198.51.100.230"],
            "Camille Rochat",
            "camille.rochat@lemaninfo.example",
            "+41225184077",
        ),
    },
    {
        "id": "ec030-pohjolan-withdraws-feed",
        "description": "Finnish paper writes again: the feed request from the quoted earlier "
        "mail is withdrawn, only the filming request stands",
        "style": Style.WITHDRAWN,
        "from": "Aino Virtanen <aino.virtanen@pohjolansanomat.example>",
        "subject": "Re: Request for XML access and filming (Pohjolan Sanomat)",
        "body": """Hello again,

a change to my message below: please cancel the XML feed part. Our data desk will take the
results from a news agency after all, so we no longer need access and you can ignore the IP
addresses. The request for permission to film at the Prague collection point still stands.

Best wishes,
Aino Virtanen
Pohjolan Sanomat Oy
+358 40 712 3456

On Monday, Aino Virtanen wrote:
> Dear Czech Statistical Office,
> Pohjolan Sanomat Oy (Oulu, Finland) would like to ask for
> 1) access to the election results XML feed from 192.0.2.90 (production), and
> 2) permission for our reporter and photographer to film at a collection point in Prague.
> Contact: Aino Virtanen, foreign desk, +358 40 712 3456
> Aino
""",
        "labels": L(
            FILM,
            "Pohjolan Sanomat Oy",
            None,
            None,
            [],
            [],
            "Aino Virtanen",
            "aino.virtanen@pohjolansanomat.example",
            "+358407123456",
        ),
    },
    {
        "id": "ec031-kompas-agency-for-publisher",
        "description": "media agency applies on behalf of a newspaper publisher and names its "
        "own account manager as contact; the agency's IČO is in the signature, the "
        "publisher's in the text; text and HTML alternatives",
        "style": Style.AGENCY,
        "from": "Klára Benešová <benesova@agentura-kompas.example>",
        "subject": "Žádost o přístup k XML – za klienta Deník Posázaví",
        "body": f"""Dobrý den,

zastupujeme vydavatelství POSÁZAVÍ MEDIA s.r.o., IČO {ICO_POSAZAVI}, které vydává \
Deník Posázaví, a jeho jménem žádáme o přístup k XML s výsledky voleb.

Adresa pro ostrý provoz: 198.51.100.115
Testovací: 198.51.100.116

Kontaktní osobou pro tuto žádost jsem já.

S pozdravem
Klára Benešová, account manager
Mediální agentura Kompas s.r.o., IČO {ICO_KOMPAS}
tel. 605 881 240
""",
        "html": f"""<html><body>
<p>Dobrý den,</p>
<p>zastupujeme vydavatelství <b>POSÁZAVÍ MEDIA s.r.o.</b>, IČO {ICO_POSAZAVI}, které vydává
Deník Posázaví, a jeho jménem žádáme o přístup k XML s výsledky voleb.</p>
<p>Adresa pro ostrý provoz: 198.51.100.115<br>Testovací: 198.51.100.116</p>
<p>Kontaktní osobou pro tuto žádost jsem já.</p>
<p>S pozdravem<br>Klára Benešová, account manager<br>
Mediální agentura Kompas s.r.o., IČO {ICO_KOMPAS}<br>tel. 605 881 240</p>
</body></html>""",
        "labels": L(
            FEED,
            "POSÁZAVÍ MEDIA s.r.o.",
            ICO_POSAZAVI,
            None,
            ["198.51.100.115"],
            ["198.51.100.116"],
            "Klára Benešová",
            "benesova@agentura-kompas.example",
            "+420605881240",
        ),
    },
    {
        "id": "ec032-trnava-slovak-university-mixed",
        "description": "Slovak university writes in Slovak; two IPv6 and one IPv4 production "
        "addresses, no test; Slovak fixed-line phone",
        "style": Style.UNIVERSITY,
        "from": "Peter Hudák <peter.hudak@vszt.example>",
        "subject": "Žiadosť o prístup k údajom z volieb – katedra žurnalistiky",
        "body": f"""Vážení,

Vysoká škola žurnalistiky v Trnave, IČO {ICO_VSZT}, si dovoľuje požiadať o prístup \
k XML výstupu výsledkov volieb. Študenti našej katedry budú počas volebnej noci pripravovať \
spravodajstvo v študentskom rádiu.

Produkčné adresy: 2001:db8:5c0::10, 2001:db8:5c0::11 a 192.0.2.240.
Testovacie prostredie nemáme.

Kontaktná osoba: doc. Mgr. Peter Hudák, PhD., tel. +421 33 5565 210, \
peter.hudak@vszt.example

S úctou
doc. Mgr. Peter Hudák, PhD.
vedúci katedry žurnalistiky
""",
        "labels": L(
            FEED,
            "Vysoká škola žurnalistiky v Trnave",
            ICO_VSZT,
            None,
            ["2001:db8:5c0::10", "2001:db8:5c0::11", "192.0.2.240"],
            [],
            "Peter Hudák",
            "peter.hudak@vszt.example",
            "+421335565210",
        ),
    },
    {
        "id": "ec033-hana-online-uncompressed-ipv6",
        "description": "internet TV run by an association writes its IPv6 test address in "
        "full uncompressed form; IPv4 production",
        "style": Style.NOTATION,
        "from": "Tomáš Chlup <chlup@hana-online.example>",
        "subject": "přístup k XML – Televize Haná online",
        "body": f"""Dobrý den,

Televize Haná online, z. s., IČO {ICO_HANA}, žádá o přístup k XML souborům s výsledky voleb.

produkční IPv4: 203.0.113.55
testovací IPv6: 2001:0db8:0000:0000:0000:0000:0000:00a1

Tomáš Chlup, předseda spolku
mob. +420 736 902 551
""",
        "labels": L(
            FEED,
            "Televize Haná online, z. s.",
            ICO_HANA,
            None,
            ["203.0.113.55"],
            ["2001:db8::a1"],
            "Tomáš Chlup",
            "chlup@hana-online.example",
            "+420736902551",
        ),
    },
    {
        "id": "ec034-vestjysk-danish",
        "description": "Danish regional daily writes in Danish",
        "style": Style.FOREIGN,
        "from": "Mette Kjærgaard <mk@vestjyskdagblad.example>",
        "subject": "Ansøgning om adgang til valgresultater (XML)",
        "body": """Kære Statistikkontor,

Vestjysk Dagblad A/S ansøger hermed om adgang til jeres XML-feed med valgresultaterne.

Produktions-IP: 198.18.40.1 og 198.18.40.2
Test-IP: 198.18.41.1

Vi har ikke brug for filmtilladelse.

Kontaktperson: Mette Kjærgaard, digital redaktør
Telefon: +45 33 12 45 67

Med venlig hilsen
Mette Kjærgaard
""",
        "labels": L(
            FEED,
            "Vestjysk Dagblad A/S",
            None,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.41.1"],
            "Mette Kjærgaard",
            "mk@vestjyskdagblad.example",
            "+4533124567",
        ),
    },
    {
        "id": "ec035-bennett-uk-freelance-both",
        "description": "British freelance journalist without a company asks for both; no "
        "separate test machine; UK mobile",
        "style": Style.FREELANCE,
        "from": "Oliver Bennett <oliver@bennettreports.example>",
        "subject": "Freelance journalist - feed access and filming",
        "flowed": True,
        "delsp": True,
        "body": """Hi there,

I'm Oliver Bennett, an independent journalist based in Bristol, reporting on Central \
European politics for a few UK outlets and my own newsletter. I'd like to request two \
things for the Czech election:

- access to the results XML feed, from my VPS at 192.0.2.77 (I don't have a separate test \
machine),
- permission to film at a collection point in Prague, just me with a small camera.

Mobile: +44 7700 900123

Cheers,
Oliver
""",
        "labels": L(
            BOTH,
            "Oliver Bennett",
            None,
            None,
            ["192.0.2.77"],
            [],
            "Oliver Bennett",
            "oliver@bennettreports.example",
            "+447700900123",
        ),
    },
    {
        "id": "ec036-rhova-test-listed-first-html",
        "description": "Outlook HTML message lists the test addresses before the production "
        "range; the production range is written 'od – do'",
        "style": Style.NOTATION,
        "from": '"Šindelář, Roman" <roman.sindelar@rhova.example>',
        "subject": "RE: přístup k výsledkům – RHOVA",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdlQk2FhZ1b3")],
        "html": f"""<html><body><div class="WordSection1">
<p class="MsoNormal">Dobrý den,</p>
<p class="MsoNormal">společnost RHOVA media a.s. (IČO {ICO_RHOVA}), provozovatel regionální
televize RHOVA, žádá o přístup k XML výsledkům voleb.</p>
<p class="MsoNormal">Testovací prostředí: 198.51.100.200, 198.51.100.201<br>
Produkční servery: od 198.51.100.10 do 198.51.100.12</p>
<p class="MsoNormal">Kontakt: Roman Šindelář, vedoucí technického úseku,
+420 553 614 020, roman.sindelar@rhova.example</p>
<p class="MsoNormal">S pozdravem<br>Roman Šindelář</p>
</div></body></html>""",
        "labels": L(
            FEED,
            "RHOVA media a.s.",
            ICO_RHOVA,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            ["198.51.100.200", "198.51.100.201"],
            "Roman Šindelář",
            "roman.sindelar@rhova.example",
            "+420553614020",
        ),
    },
    {
        "id": "ec037-lipany-municipal-range-shorthand",
        "description": "city district newsroom writes a range as '192.0.2.140–143' (four "
        "addresses); the press officer's direct line is given before the office's",
        "style": Style.MUNICIPAL,
        "cte": "8bit",
        "from": "Zpravodaj Lipany <zpravodaj@praha-lipany.example>",
        "subject": "Lipanský zpravodaj – žádost o XML výsledky",
        "body": f"""Dobrý den,

Městská část Praha-Lipany, IČO {ICO_LIPANY}, vydavatel Lipanského zpravodaje, žádá \
o přístup k XML s výsledky voleb pro online zpravodajství na webu městské části.

IP adresy pro ostrý provoz: 192.0.2.140–143
Testovací IP: nemáme

Vyřizuje: Markéta Zedníková, tisková mluvčí
přímá linka 267 090 415, podatelna úřadu 267 090 111
zednikova@praha-lipany.example

Markéta Zedníková
""",
        "labels": L(
            FEED,
            "Městská část Praha-Lipany",
            ICO_LIPANY,
            None,
            ["192.0.2.140", "192.0.2.141", "192.0.2.142", "192.0.2.143"],
            [],
            "Markéta Zedníková",
            "zednikova@praha-lipany.example",
            "+420267090415",
        ),
    },
    {
        "id": "ec038-nordpress-smime-ten-addresses",
        "description": "signed request of a news agency with the full five production "
        "addresses and five test addresses (a /30 plus one)",
        "style": Style.AGENCY,
        "smime": True,
        "from": "Nord-Press IT <it@nordpress.example>",
        "subject": "Žádost o přístup – Zpravodajská agentura Nord-Press a.s.",
        "body": f"""Dobrý den,

Zpravodajská agentura Nord-Press a.s., IČO {ICO_NORDPRESS}, žádá o přístup k XML \
výsledkům voleb.

Produkce (5): 203.0.113.1, 203.0.113.2, 203.0.113.3, 203.0.113.4, 203.0.113.5
Test (5): 203.0.113.8/30 a 203.0.113.20

Kontaktní osoba: Ing. Libor Hájek, vedoucí IT, +420 485 100 736, hajek@nordpress.example

Zpráva je elektronicky podepsána.
Libor Hájek
""",
        "labels": L(
            FEED,
            "Zpravodajská agentura Nord-Press a.s.",
            ICO_NORDPRESS,
            None,
            ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"],
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11", "203.0.113.20"],
            "Libor Hájek",
            "hajek@nordpress.example",
            "+420485100736",
        ),
    },
    {
        "id": "ec039-bitwise-corrected-ipv6",
        "description": "IT contractor for a radio corrects the second IPv6 production address "
        "in a follow-up line; the radio's director is named as contact",
        "style": Style.CONTRACTOR,
        "from": "Lukáš Hrabal <hrabal@bitwise-it.example>",
        "subject": "Rádio Beskydy – žádost o XML (IPv6)",
        "body": f"""Dobrý den,

na základě pověření společnosti Rádio Beskydy s.r.o., IČO {ICO_BESKYDY}, posílám žádost \
o přístup k XML výsledkům voleb.

Produkční servery (IPv6): 2001:db8:c0::4, 2001:db8:c0::5
Test nemají.

Kontaktní osoba za rádio: Zdeňka Kubeczková, ředitelka, 558 411 902, \
kubeczkova@radiobeskydy.example

Oprava: místo 2001:db8:c0::5 má být 2001:db8:c0::50, překlep v posledním bloku.

Lukáš Hrabal
Bitwise IT s.r.o. (IČO {ICO_BITWISE})
""",
        "labels": L(
            FEED,
            "Rádio Beskydy s.r.o.",
            ICO_BESKYDY,
            None,
            ["2001:db8:c0::4", "2001:db8:c0::50"],
            [],
            "Zdeňka Kubeczková",
            "kubeczkova@radiobeskydy.example",
            "+420558411902",
        ),
    },
    {
        "id": "ec040-weber-german-filming",
        "description": "German freelance journalist writes in German asking only to film; no "
        "company, no IČO",
        "style": Style.RECORDING,
        "from": "Jonas Weber <jonas.weber@freie-presse-weber.example>",
        "subject": "Drehgenehmigung Sammelstelle – Wahlabend",
        "body": """Guten Tag,

ich bin freier Journalist aus Dresden und berichte für mehrere Regionalzeitungen über die
Wahl in Tschechien. Ich würde gern am Wahlabend an einer Ihrer Sammelstellen (am liebsten
Ústí nad Labem) kurze Videoaufnahmen machen – ohne Beleuchtung, maximal 30 Minuten.

Einen Datenzugang brauche ich nicht.

Erreichbar bin ich unter +49 176 2345 6789.

Viele Grüße
Jonas Weber
""",
        "labels": L(
            FILM,
            "Jonas Weber",
            None,
            None,
            [],
            [],
            "Jonas Weber",
            "jonas.weber@freie-presse-weber.example",
            "+4917623456789",
        ),
    },
    {
        "id": "ec041-teleradio-alto-adige-xlsx",
        "description": "South Tyrolean broadcaster in English asks for both; the Italian VAT "
        "number in the sheet is not an IČO",
        "style": Style.FOREIGN,
        "from": "Stefan Obexer <s.obexer@teleradio-aa.example>",
        "subject": "Request: results feed + filming permit",
        "body": """Good afternoon,

please find attached our request. We would like both the results feed and a permit to
film at the collection point in České Budějovice.

Regards,
Stefan Obexer
""",
        "attachments": [
            (
                "xlsx",
                "TRAA_request.xlsx",
                [
                    {
                        "title": "Request",
                        "rows": [
                            ["Company", "Teleradio Alto Adige S.r.l."],
                            ["P.IVA", "02748310219"],
                            ["Results feed", "yes"],
                            ["Filming permit", "yes"],
                            ["Production IP", "198.51.100.240"],
                            ["Production IP", "198.51.100.241"],
                            ["Test IP", "198.51.100.250"],
                            ["Contact", "Stefan Obexer"],
                            ["Phone", "+39 0471 063 512"],
                            ["E-mail", "s.obexer@teleradio-aa.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Teleradio Alto Adige S.r.l.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Stefan Obexer",
            "s.obexer@teleradio-aa.example",
            "+390471063512",
        ),
    },
    {
        "id": "ec042-kavka-film-declines-feed-pdf",
        "description": "documentary producer says it needs no data access and asks only to "
        "film; PDF letter; the production manager is the contact",
        "style": Style.DECLINED,
        "from": "Kavka Film <produkce@kavkafilm.example>",
        "subject": "Žádost o povolení natáčení – dokument o volbách",
        "body": "Dobrý den, v příloze posíláme žádost. Kavka Film\n",
        "attachments": [
            (
                "pdf",
                "Kavka_Film_zadost.pdf",
                [
                    f"Kavka Film s.r.o., IČO {ICO_KAVKA}, Holešovice, Praha 7",
                    "Věc: žádost o povolení natáčení",
                    "Připravujeme celovečerní dokument o průběhu voleb a rádi bychom natočili "
                    "sčítání a předávání výsledků na sběrném místě v Praze. Přístup k XML "
                    "výsledkům nepotřebujeme – o ten nežádáme.",
                    "Štáb: režisér Filip Rak, kameraman Ondřej Sýkora, zvukař.",
                    "Kontakt pro vyřízení: Daniela Vokounová, vedoucí produkce, "
                    "tel. +420 720 455 318, vokounova@kavkafilm.example",
                    "S pozdravem Daniela Vokounová",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Kavka Film s.r.o.",
            ICO_KAVKA,
            None,
            [],
            [],
            "Daniela Vokounová",
            "vokounova@kavkafilm.example",
            "+420720455318",
        ),
    },
]
