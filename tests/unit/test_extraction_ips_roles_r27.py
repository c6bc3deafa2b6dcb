"""Round 27: a drill of the address roles - whole messages written as other people would
write them (each labelled by LABELS.md before extraction was run on it): roles by a column or
row header (HTML, DOCX, XLSX, PDF and plain-text tables, merged cells), abbreviations (PRD,
TST, UAT, staging, ostrá, živá, primární, záložní, vývoj), roles by order ("respectively",
"první ... druhá", "v tomto pořadí", "the former ... the latter"), corrections, old addresses,
the office's or a provider's address quoted in a reply, more than five addresses, IPv6,
ranges, CIDR blocks and netmasks, in Czech, Slovak, English, German and Polish; with near
misses (an environment the writer does not have, a withdrawn address)."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole
from tests.corpus.heldout_docs import docx_doc, pdf_doc, xlsx_doc
from tests.unit.extraction_helpers import SIG, attachment, body, extract, mail

_HELLO = "Dobrý den,\n\nžádáme o přístup k XML feedu s výsledky voleb.\n\n"


def _plain(text: str) -> list[Component]:
    return [body(text + SIG)]


def _html(text: str) -> list[Component]:
    html = "<html><body>" + text + SIG.replace("\n", "<br>") + "</body></html>"
    return [body(html, ComponentRole.BODY_HTML)]


def _with(name: str, data: bytes, cover: str = _HELLO + "Adresy jsou v příloze.\n") -> list[
    Component
]:
    return [body(cover + SIG), attachment(name, data)]


_DRILL: list[tuple[str, list[Component], list[str], list[str]]] = [
    (
        "b01-cs-html-env-column",
        _html(
            "<p>Dobrý den,</p><p>žádáme o přístup k XML výsledkům. Adresy:</p>"
            "<table border=1><tr><th>Prostředí</th><th>IP adresa</th></tr>"
            "<tr><td>PRD</td><td>192.0.2.10</td></tr>"
            "<tr><td>TST</td><td>192.0.2.11</td></tr></table><p>Děkujeme</p>"
        ),
        ["192.0.2.10"],
        ["192.0.2.11"],
    ),
    (
        "b02-cs-html-role-columns-two-in-cell",
        _html(
            "<p>Dobrý den,</p><p>posíláme IP adresy pro feed:</p>"
            "<table border=1><tr><th>ostrá</th><th>testovací</th></tr>"
            "<tr><td>198.51.100.5<br>198.51.100.6</td><td>198.51.100.7</td></tr></table>"
        ),
        ["198.51.100.5", "198.51.100.6"],
        ["198.51.100.7"],
    ),
    (
        "b03-cs-ziva-zalozni-vyvoj-lines",
        _plain(
            _HELLO + "Živý server: 203.0.113.20\nZáložní: 203.0.113.21\nVývoj: 203.0.113.22\n"
        ),
        ["203.0.113.20", "203.0.113.21"],
        ["203.0.113.22"],
    ),
    (
        "b04-en-uat-respectively",
        _plain(
            "Hello,\n\nwe would like access to the election results feed. Our production and "
            "UAT servers are 192.0.2.30 and 192.0.2.31 respectively.\n\nKind regards\n"
        ),
        ["192.0.2.30"],
        ["192.0.2.31"],
    ),
    (
        "b05-cs-prvni-druha",
        _plain(
            _HELLO + "Posílám dvě adresy: 198.51.100.40 a 198.51.100.41. První je produkční, "
            "druhá testovací.\n"
        ),
        ["198.51.100.40"],
        ["198.51.100.41"],
    ),
    (
        "b06-cs-test-first-v-tomto-poradi",
        _plain(
            _HELLO + "Testovací a produkční prostředí mají v tomto pořadí adresy "
            "203.0.113.50, 203.0.113.51.\n"
        ),
        ["203.0.113.51"],
        ["203.0.113.50"],
    ),
    (
        "b07-cs-oprava-production-later",
        _plain(
            _HELLO + "Produkční IP: 192.0.2.60\nTestovací IP: 192.0.2.61\n\n"
            "Oprava: produkční adresa má být 192.0.2.66, omlouvám se za překlep.\n"
        ),
        ["192.0.2.66"],
        ["192.0.2.61"],
    ),
    (
        "b08-cs-misto-prosim-ps",
        _plain(
            _HELLO + "Produkce 198.51.100.70, test 198.51.100.71.\n\nS pozdravem\n\n"
            "P.S. Místo 198.51.100.71 prosím uveďte 198.51.100.72.\n"
        ),
        ["198.51.100.70"],
        ["198.51.100.72"],
    ),
    (
        "b09-en-second-one-should-read",
        _plain(
            "Hi,\n\nplease grant us access to the results feed.\n\nProduction: 203.0.113.80, "
            "203.0.113.81\nTest: 203.0.113.82\n\nSorry, the second one should read "
            "203.0.113.83.\n\nThanks\n"
        ),
        ["203.0.113.80", "203.0.113.83"],
        ["203.0.113.82"],
    ),
    (
        "b10-cs-old-address-dropped",
        _plain(
            _HELLO + "Dosud jsme používali 192.0.2.90, tu už nepoužíváme. Nové produkční "
            "adresy: 192.0.2.91, 192.0.2.92. Test: 192.0.2.93.\n"
        ),
        ["192.0.2.91", "192.0.2.92"],
        ["192.0.2.93"],
    ),
    (
        "b11-cs-reply-office-address-quoted",
        _plain(
            "Dobrý den,\n\nděkujeme za odpověď. Naše produkční IP je 198.51.100.100, testovací "
            "198.51.100.101.\n\nS pozdravem\n\n"
            "> Dne 3. 3. 2026 napsal(a) Český statistický úřad:\n"
            "> Feed je dostupný na adrese 203.0.113.200 (server volby.example).\n"
            "> Sdělte nám prosím IP adresy, ze kterých se budete připojovat.\n"
        ),
        ["198.51.100.100"],
        ["198.51.100.101"],
    ),
    (
        "b12-cs-provider-dns-aside",
        _plain(
            _HELLO + "Web nám hostuje poskytovatel (jejich DNS server je 203.0.113.250), ale "
            "feed budeme stahovat z naší IP 192.0.2.110 (ostrá) a 192.0.2.111 (test).\n"
        ),
        ["192.0.2.110"],
        ["192.0.2.111"],
    ),
    (
        "b13-cs-six-production-dashed",
        _plain(
            _HELLO + "Produkční servery:\n- 198.51.100.121\n- 198.51.100.122\n"
            "- 198.51.100.123\n- 198.51.100.124\n- 198.51.100.125\n- 198.51.100.126\n"
            "Testovací server:\n- 198.51.100.130\n"
        ),
        [f"198.51.100.{n}" for n in range(121, 127)],
        ["198.51.100.130"],
    ),
    (
        "b14-cs-ipv6-mixed",
        _plain(_HELLO + "Produkce: 2001:db8:10::1 a 192.0.2.140\nTest: 2001:db8:10:0:0:0:0:2\n"),
        ["2001:db8:10::1", "192.0.2.140"],
        ["2001:db8:10::2"],
    ),
    (
        "b15-cs-range-dash",
        _plain(
            _HELLO + "Produkční rozsah 203.0.113.150–203.0.113.153, testovací 203.0.113.160.\n"
        ),
        [f"203.0.113.{n}" for n in range(150, 154)],
        ["203.0.113.160"],
    ),
    (
        "b16-en-cidr-prod-uat",
        _plain("Hello,\n\nrequesting feed access.\n\nPROD: 198.51.100.168/30\nUAT: 198.51.100.172/32\n"),
        [f"198.51.100.{n}" for n in range(168, 172)],
        ["198.51.100.172"],
    ),
    (
        "b17-sk-zalozny-production",
        _plain(
            "Dobrý deň,\n\nprosíme o prístup k XML výsledkom. Produkčný server: 192.0.2.180, "
            "testovací server: 192.0.2.181. Záložný server má adresu 192.0.2.182.\n\n"
            "S pozdravom\n"
        ),
        ["192.0.2.180", "192.0.2.182"],
        ["192.0.2.181"],
    ),
    (
        "b18-de-staging",
        _plain(
            "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed.\n\n"
            "Produktivsystem: 203.0.113.190\nTestsystem (Staging): 203.0.113.191\n\n"
            "Mit freundlichen Grüßen\n"
        ),
        ["203.0.113.190"],
        ["203.0.113.191"],
    ),
    (
        "b19-pl-adres-serwera",
        _plain(
            "Dzień dobry,\n\nprosimy o dostęp do kanału XML. Adres serwera produkcyjnego: "
            "198.51.100.200, adres serwera testowego: 198.51.100.201.\n\nZ poważaniem\n"
        ),
        ["198.51.100.200"],
        ["198.51.100.201"],
    ),
    (
        "b20-cs-en-prod-staging-dev",
        _plain(_HELLO + "IP adresy:\nprod – 192.0.2.210\nstaging – 192.0.2.211\ndev – 192.0.2.212\n"),
        ["192.0.2.210"],
        ["192.0.2.211", "192.0.2.212"],
    ),
    (
        "b21-xlsx-merged-role-cells",
        _with(
            "adresy.xlsx",
            xlsx_doc(
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP adresa"],
                            ["Produkční", "192.0.2.41"],
                            [None, "192.0.2.42"],
                            ["Testovací", "192.0.2.43"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ]
            ),
        ),
        ["192.0.2.41", "192.0.2.42"],
        ["192.0.2.43"],
    ),
    (
        "b22-docx-primarni-sekundarni-puvodni",
        _with(
            "zadost.docx",
            docx_doc(
                {
                    "blocks": [
                        "Žádost o přístup k XML feedu",
                        {
                            "rows": [
                                ["Účel", "Adresa", "Poznámka"],
                                ["primární", "203.0.113.220", ""],
                                ["sekundární (záloha)", "203.0.113.221", ""],
                                ["testovací", "203.0.113.222", ""],
                                ["původní", "203.0.113.99", "již nepoužíváme"],
                            ]
                        },
                    ]
                }
            ),
        ),
        ["203.0.113.220", "203.0.113.221"],
        ["203.0.113.222"],
    ),
    (
        "b23-pdf-role-columns",
        _with(
            "zadost.pdf",
            pdf_doc(
                [
                    "Žádost o přístup k XML feedu",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.230", "198.51.100.240"],
                            ["198.51.100.231", "–"],
                        ],
                        "widths": [150, 150],
                    },
                ]
            ),
        ),
        ["198.51.100.230", "198.51.100.231"],
        ["198.51.100.240"],
    ),
    (
        "b24-cs-no-test-environment",
        _plain(
            _HELLO + "Produkční adresa: 192.0.2.24. Testovací prostředí nemáme, přístup tedy "
            "žádáme jen pro tuto adresu.\n"
        ),
        ["192.0.2.24"],
        [],
    ),
    (
        "b25-cs-test-withdrawn",
        _plain(
            _HELLO + "Testovací adresu 203.0.113.5 již nepoužíváme, proto ji prosím smažte. "
            "Produkce zůstává 203.0.113.6.\n"
        ),
        ["203.0.113.6"],
        [],
    ),
    (
        "b26-en-former-latter",
        _plain(
            "Dear Sir or Madam,\n\nwe will connect to the results feed from 192.0.2.15 and "
            "192.0.2.16; the former is our live server, the latter a test machine.\n\n"
            "Best regards\n"
        ),
        ["192.0.2.15"],
        ["192.0.2.16"],
    ),
    (
        "b27-cs-plain-aligned-table-ipv6-column",
        _plain(
            _HELLO + "Prostředí     IPv4             IPv6\n"
            "Produkce      198.51.100.33    2001:db8:33::1\n"
            "Test          198.51.100.34    -\n"
        ),
        ["198.51.100.33", "2001:db8:33::1"],
        ["198.51.100.34"],
    ),
    (
        "b28-cs-inline-parenthesis-roles",
        _plain(
            _HELLO + "Povolte prosím 203.0.113.44 (ostrá), 203.0.113.45 (ostrá – záloha) a "
            "203.0.113.46 (zkušební).\n"
        ),
        ["203.0.113.44", "203.0.113.45"],
        ["203.0.113.46"],
    ),
    (
        "b29-cs-spravne-inline",
        _plain(
            _HELLO + "Produkční 192.0.2.50. Testovací IP je 192.0.2.57 – pardon, správně "
            "192.0.2.75.\n"
        ),
        ["192.0.2.50"],
        ["192.0.2.75"],
    ),
    (
        "b30-sk-v-tomto-poradi-addresses-first",
        _plain(
            "Dobrý deň,\n\nžiadame o prístup k XML feedu. Adresy 198.51.100.61 a "
            "198.51.100.62 sú (v tomto poradí) testovacia a produkčná.\n\nĎakujeme\n"
        ),
        ["198.51.100.62"],
        ["198.51.100.61"],
    ),
    (
        "b31-de-range-bis",
        _plain(
            "Guten Tag,\n\nbitte schalten Sie den XML-Feed frei. Produktion: 203.0.113.70 bis "
            "203.0.113.72; Test: 203.0.113.80.\n\nGruß\n"
        ),
        ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
        ["203.0.113.80"],
    ),
    (
        "b32-en-non-prod",
        _plain(
            "Hello,\n\nplease whitelist us for the feed.\nProd: 192.0.2.87\n"
            "Non-prod (UAT/QA): 192.0.2.88, 192.0.2.89\n\nCheers\n"
        ),
        ["192.0.2.87"],
        ["192.0.2.88", "192.0.2.89"],
    ),
    (
        "b33-pl-glowny-zapasowy",
        _plain(
            "Dzień dobry,\n\nprosimy o dostęp do serwera XML. Serwer główny 198.51.100.91, "
            "zapasowy 198.51.100.92, testowy 198.51.100.93.\n\nPozdrawiamy\n"
        ),
        ["198.51.100.91", "198.51.100.92"],
        ["198.51.100.93"],
    ),
    (
        "b34-cs-netmask",
        _plain(
            _HELLO + "Produkční síť 203.0.113.96 s maskou 255.255.255.252, test 203.0.113.100.\n"
        ),
        ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
        ["203.0.113.100"],
    ),
    (
        "b35-cs-html-rowspan",
        _html(
            "<p>Dobrý den,</p><p>žádáme o feed. Adresy:</p><table border=1>"
            "<tr><td rowspan=2>Produkce</td><td>192.0.2.101</td></tr>"
            "<tr><td>192.0.2.102</td></tr>"
            "<tr><td>Test</td><td>192.0.2.103</td></tr></table>"
        ),
        ["192.0.2.101", "192.0.2.102"],
        ["192.0.2.103"],
    ),
    (
        "b36-cs-forwarded-it-note",
        _plain(
            _HELLO + "Adresy přeposílám od našeho správce.\n\n"
            "---------- Přeposlaná zpráva ---------\nOd: Admin <admin@zpravy.example>\n"
            "Předmět: IP\n\nAhoj, ostrá mašina je 198.51.100.111, testovací 198.51.100.112.\n"
        ),
        ["198.51.100.111"],
        ["198.51.100.112"],
    ),
    (
        "b37-cs-original-no-longer-valid",
        _plain(
            _HELLO + "Původní adresa 203.0.113.120 už neplatí. Letos žádáme z adresy "
            "203.0.113.121 (produkce) a 203.0.113.122 (test).\n"
        ),
        ["203.0.113.121"],
        ["203.0.113.122"],
    ),
    (
        "b38-en-ipv6-cidr-127",
        _plain(
            "Hello,\n\nfeed access please.\nProduction: 2001:db8:ab::10\n"
            "Test: 2001:db8:ab::/127\n\nRegards\n"
        ),
        ["2001:db8:ab::10"],
        ["2001:db8:ab::", "2001:db8:ab::1"],
    ),
]


_DRILL_2: list[tuple[str, list[Component], list[str], list[str]]] = [
    (
        "c01-en-correction-names-test",
        _plain(
            "Hello,\n\nwe apply for access to the results feed.\n\nProd IP: 198.51.100.10\n"
            "Test IP: 198.51.100.11\n\nCorrection - the test address should be "
            "198.51.100.19.\n\nRegards\n"
        ),
        ["198.51.100.10"],
        ["198.51.100.19"],
    ),
    (
        "c02-sk-correction-one-line-pair",
        _plain(
            "Dobrý deň,\n\nprosíme o prístup k XML feedu. Produkčná IP: 192.0.2.30, "
            "testovacia IP: 192.0.2.31.\nOprava: testovacia má byť 192.0.2.37.\n\nĎakujem\n"
        ),
        ["192.0.2.30"],
        ["192.0.2.37"],
    ),
    (
        "c03-de-korrektur-production-swapped-digits",
        _plain(
            "Guten Tag,\n\nwir bitten um Zugang zum XML-Feed.\nProduktion: 203.0.113.40\n"
            "Test: 203.0.113.41\nKorrektur: die Produktions-IP lautet richtig 203.0.113.14.\n"
        ),
        ["203.0.113.14"],
        ["203.0.113.41"],
    ),
    (
        "c04-near-correction-moves-address-to-test",
        _plain(_HELLO + "Produkce: 192.0.2.50, 192.0.2.51\nOprava: 192.0.2.51 je testovací.\n"),
        ["192.0.2.50"],
        ["192.0.2.51"],
    ),
    (
        "c05-near-correction-of-the-phone",
        _plain(
            _HELLO + "Produkční: 198.51.100.60\nTestovací: 198.51.100.61\n"
            "Oprava telefonu: správně 603 111 222.\n"
        ),
        ["198.51.100.60"],
        ["198.51.100.61"],
    ),
    (
        "c06-near-apology-adds-production",
        _plain(
            _HELLO + "Produkce 203.0.113.70\nTest 203.0.113.71\n"
            "Pardon, zapomněl jsem: ještě produkční 203.0.113.72.\n"
        ),
        ["203.0.113.70", "203.0.113.72"],
        ["203.0.113.71"],
    ),
    (
        "p01-cs-druha-adresa-ma-byt",
        _plain(
            _HELLO + "Produkční: 192.0.2.80, 192.0.2.81, 192.0.2.82\nTest: 192.0.2.90\n\n"
            "Oprava: druhá adresa má být 192.0.2.85.\n"
        ),
        ["192.0.2.80", "192.0.2.85", "192.0.2.82"],
        ["192.0.2.90"],
    ),
    (
        "p02-en-first-test-ip",
        _plain(
            "Hello,\n\nfeed access please.\nProduction: 198.51.100.1\n"
            "Test: 198.51.100.2, 198.51.100.3\n"
            "Correction: the first test IP should be 198.51.100.4.\n"
        ),
        ["198.51.100.1"],
        ["198.51.100.4", "198.51.100.3"],
    ),
    (
        "p03-de-zweite-adresse-sollte-lauten",
        _plain(
            "Guten Tag,\n\nbitte um Freischaltung des XML-Feeds.\n"
            "Produktiv: 203.0.113.1, 203.0.113.2\nTest: 203.0.113.3\n"
            "Korrektur: die zweite Adresse sollte 203.0.113.5 lauten.\n"
        ),
        ["203.0.113.1", "203.0.113.5"],
        ["203.0.113.3"],
    ),
    (
        "p04-near-ordinal-without-address",
        _plain(
            _HELLO + "Produkční: 192.0.2.11\nTestovací: 192.0.2.12\n\n"
            "Druhá věc: omlouvám se, prosíme také o povolení natáčení.\n"
        ),
        ["192.0.2.11"],
        ["192.0.2.12"],
    ),
    (
        "p05-near-first-place-sorry",
        _plain(
            "Hello,\n\nin the first place, sorry for the delay. Production: 198.51.100.21, "
            "test: 198.51.100.22.\n\nBest\n"
        ),
        ["198.51.100.21"],
        ["198.51.100.22"],
    ),
    (
        "p06-cs-druha-testovaci-je-spravne",
        _plain(
            _HELLO + "Produkční: 192.0.2.41, 192.0.2.42\nTestovací: 192.0.2.43, 192.0.2.44\n"
            "Oprava: druhá testovací adresa je správně 192.0.2.49.\n"
        ),
        ["192.0.2.41", "192.0.2.42"],
        ["192.0.2.43", "192.0.2.49"],
    ),
    (
        "x01-html-transposed-use-row-below",
        _html(
            "<p>Dobrý den,</p><p>žádáme o přístup k XML feedu.</p><table border=1>"
            "<tr><th>IP adresa</th><td>192.0.2.61</td><td>192.0.2.62</td></tr>"
            "<tr><th>Použití</th><td>produkce</td><td>test</td></tr></table>"
        ),
        ["192.0.2.61"],
        ["192.0.2.62"],
    ),
    (
        "x02-xlsx-role-after-address-ipv6",
        _with(
            "ip.xlsx",
            xlsx_doc(
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["IP adresa", "Prostředí"],
                            ["2001:db8::5", "PROD"],
                            ["2001:db8::6", "TEST"],
                        ],
                    }
                ]
            ),
        ),
        ["2001:db8::5"],
        ["2001:db8::6"],
    ),
    (
        "x03-cs-ziva-data-zkouset",
        _plain(
            _HELLO + "Živá data budeme brát z 198.51.100.77, zkoušet budeme z 198.51.100.78.\n"
        ),
        ["198.51.100.77"],
        ["198.51.100.78"],
    ),
    (
        "x04-pl-cidr-31",
        _plain(
            "Dzień dobry,\n\nprosimy o dostęp do XML. Produkcja: 192.0.2.0/31, środowisko "
            "testowe: 192.0.2.8.\n\nPozdrawiam\n"
        ),
        ["192.0.2.0", "192.0.2.1"],
        ["192.0.2.8"],
    ),
    (
        "x05-en-range-through-short",
        _plain(
            "Hi,\n\nfeed access request. Production range 198.51.100.10 through .12, staging "
            "198.51.100.20.\n\nThanks\n"
        ),
        ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
        ["198.51.100.20"],
    ),
    (
        "x06-sk-zive-vyvojove-prostredie",
        _plain(
            "Dobrý deň,\n\nžiadame o XML feed.\nŽivé prostredie: 203.0.113.90\n"
            "Vývojové prostredie: 203.0.113.91\n"
        ),
        ["203.0.113.90"],
        ["203.0.113.91"],
    ),
    (
        "x07-de-office-server-named",
        _plain(
            "Guten Tag,\n\nIhr Server 203.0.113.200 ist von uns aus erreichbar. Bitte geben "
            "Sie den Feed für unsere Adressen frei: Produktion 192.0.2.150, Test 192.0.2.151.\n"
        ),
        ["192.0.2.150"],
        ["192.0.2.151"],
    ),
    (
        "x08-cs-office-server-answers",
        _plain(
            _HELLO + "Váš server 198.51.100.250 nám už odpovídá na ping. Naše adresy: ostrá "
            "198.51.100.251, testovací 198.51.100.252.\n"
        ),
        ["198.51.100.251"],
        ["198.51.100.252"],
    ),
    (
        "x09-html-list-six-production-mixed-v6",
        _html(
            "<p>Dobrý den,</p><p>žádáme o feed. Produkční adresy:</p><ul>"
            "<li>203.0.113.11</li><li>203.0.113.12</li><li>203.0.113.13</li>"
            "<li>203.0.113.14</li><li>2001:db8:5::11</li><li>2001:db8:5::12</li></ul>"
            "<p>Testovací adresa:</p><ul><li>203.0.113.19</li></ul>"
        ),
        [
            "203.0.113.11",
            "203.0.113.12",
            "203.0.113.13",
            "203.0.113.14",
            "2001:db8:5::11",
            "2001:db8:5::12",
        ],
        ["203.0.113.19"],
    ),
    (
        "x10-docx-merged-header-two-columns",
        _with(
            "formular.docx",
            docx_doc(
                {
                    "blocks": [
                        "Formulář - přístup k XML",
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["ostré", "testovací"],
                                ["192.0.2.171", "192.0.2.181"],
                                ["192.0.2.172", ""],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                    ]
                }
            ),
        ),
        ["192.0.2.171", "192.0.2.172"],
        ["192.0.2.181"],
    ),
    (
        "x11-near-html-env-rows-with-header",
        _html(
            "<p>Dobrý den,</p><p>žádáme o feed.</p><table border=1>"
            "<tr><th>Prostředí</th><th>IP 1</th><th>IP 2</th></tr>"
            "<tr><td>produkce</td><td>192.0.2.1</td><td>192.0.2.2</td></tr>"
            "<tr><td>test</td><td>192.0.2.3</td><td>-</td></tr></table>"
        ),
        ["192.0.2.1", "192.0.2.2"],
        ["192.0.2.3"],
    ),
    (
        "x12-near-html-use-rows-no-header",
        _html(
            "<p>Dobrý den,</p><p>žádáme o feed.</p><table border=1>"
            "<tr><td>Produkce</td><td>198.51.100.1</td><td>198.51.100.2</td></tr>"
            "<tr><td>Test</td><td>198.51.100.3</td><td>198.51.100.4</td></tr></table>"
        ),
        ["198.51.100.1", "198.51.100.2"],
        ["198.51.100.3", "198.51.100.4"],
    ),
    (
        "x13-near-html-places-row-below",
        _html(
            "<p>Dobrý den,</p><p>žádáme o feed. Obě adresy jsou produkční:</p>"
            "<table border=1><tr><th>IP adresa</th><td>203.0.113.61</td><td>203.0.113.62</td>"
            "</tr><tr><th>Umístění</th><td>Praha</td><td>Brno</td></tr></table>"
        ),
        ["203.0.113.61", "203.0.113.62"],
        [],
    ),
]


_DRILL_3: list[tuple[str, list[Component], list[str], list[str]]] = [
    (
        "d01-docx-transposed-prd-tst",
        _with(
            "ip.docx",
            docx_doc(
                {
                    "blocks": [
                        "Adresy pro XML feed:",
                        {"rows": [["IP", "192.0.2.201", "192.0.2.202"], ["Prostředí", "PRD", "TST"]]},
                    ]
                }
            ),
        ),
        ["192.0.2.201"],
        ["192.0.2.202"],
    ),
    (
        "d02-xlsx-sheet-per-use",
        _with(
            "adresy.xlsx",
            xlsx_doc(
                [
                    {"title": "Produkce", "rows": [["IP"], ["203.0.113.1"], ["203.0.113.2"]]},
                    {"title": "Test", "rows": [["IP"], ["203.0.113.9"]]},
                ]
            ),
        ),
        ["203.0.113.1", "203.0.113.2"],
        ["203.0.113.9"],
    ),
    (
        "d03-pl-poprawka-test",
        _plain(
            "Dzień dobry,\n\nprosimy o dostęp do XML.\nProdukcja: 198.51.100.5\n"
            "Test: 198.51.100.6\nPoprawka: adres testowy powinien być 198.51.100.16.\n"
        ),
        ["198.51.100.5"],
        ["198.51.100.16"],
    ),
    (
        "d04-cs-range-az",
        _plain(_HELLO + "Produkční adresy 192.0.2.20 až 192.0.2.23, testovací 192.0.2.30.\n"),
        ["192.0.2.20", "192.0.2.21", "192.0.2.22", "192.0.2.23"],
        ["192.0.2.30"],
    ),
    (
        "d05-en-primary-failover-sandbox",
        _plain(
            "Hello,\n\nplease enable the results feed for us.\nPrimary: 203.0.113.31 / "
            "Secondary (failover): 203.0.113.32 / Sandbox: 203.0.113.33\n"
        ),
        ["203.0.113.31", "203.0.113.32"],
        ["203.0.113.33"],
    ),
    (
        "d06-cs-reply-office-test-feed-quoted",
        _plain(
            "Dobrý den,\n\nrozumím. Náš testovací stroj má 192.0.2.55, ostrý 192.0.2.56.\n\n"
            "S pozdravem\n\n> Testovací feed poběží na 203.0.113.250 od 1. 9.\n"
            "> Pošlete nám prosím IP adresy, ze kterých se budete připojovat.\n"
        ),
        ["192.0.2.56"],
        ["192.0.2.55"],
    ),
    (
        "d07-sk-html-status-column",
        _html(
            "<p>Dobrý deň,</p><p>žiadame o prístup k XML.</p><table border=1>"
            "<tr><th>IP</th><th>Stav</th></tr>"
            "<tr><td>192.0.2.70</td><td>aktívna – produkcia</td></tr>"
            "<tr><td>192.0.2.71</td><td>zrušená</td></tr>"
            "<tr><td>192.0.2.72</td><td>test</td></tr></table>"
        ),
        ["192.0.2.70"],
        ["192.0.2.72"],
    ),
    (
        "d08-en-three-uses-respectively",
        _plain(
            "Hello,\n\nour production, backup and test hosts are 198.51.100.81, "
            "198.51.100.82 and 198.51.100.83 respectively.\n\nRegards\n"
        ),
        ["198.51.100.81", "198.51.100.82"],
        ["198.51.100.83"],
    ),
    (
        "d09-cs-ipv6-block-126",
        _plain(_HELLO + "Produkční: 2001:db8:7::100\nTestovací blok: 2001:db8:7::/126\n"),
        ["2001:db8:7::100"],
        ["2001:db8:7::", "2001:db8:7::1", "2001:db8:7::2", "2001:db8:7::3"],
    ),
    (
        "d10-de-bisher-entfaellt",
        _plain(
            "Guten Tag,\n\nbisher nutzten wir 203.0.113.90 – diese Adresse entfällt. Neu: "
            "Produktion 203.0.113.91, Test 203.0.113.92.\n\nGruß\n"
        ),
        ["203.0.113.91"],
        ["203.0.113.92"],
    ),
    (
        "d11-cs-testovaci-misto-prosim",
        _plain(
            _HELLO + "Testovací místo 198.51.100.40 prosím 198.51.100.44. Produkční zůstává "
            "198.51.100.41.\n"
        ),
        ["198.51.100.41"],
        ["198.51.100.44"],
    ),
    (
        "d12-en-prd-tst-equals",
        _plain("Hello,\n\nfeed whitelist please: PRD=192.0.2.91; TST=192.0.2.92\n\nThx\n"),
        ["192.0.2.91"],
        ["192.0.2.92"],
    ),
    (
        "d13-pl-test-withdrawn",
        _plain(
            "Dzień dobry,\n\nadres testowy 203.0.113.7 wycofujemy. Produkcja: 203.0.113.8.\n"
        ),
        ["203.0.113.8"],
        [],
    ),
    (
        "d14-en-latter-should-read",
        _plain(
            "Hello,\n\nproduction and test: 198.51.100.50 and 198.51.100.51 respectively.\n"
            "Sorry, the latter should read 198.51.100.57.\n"
        ),
        ["198.51.100.50"],
        ["198.51.100.57"],
    ),
    (
        "d15-near-pl-withdraws-the-recording-request",
        _plain(
            "Dzień dobry,\n\nprodukcja: 198.51.100.9 – wycofujemy natomiast wniosek o "
            "nagrywanie.\n\nPozdrawiam\n"
        ),
        ["198.51.100.9"],
        [],
    ),
    (
        "d16-near-cs-cancels-the-filming-request",
        _plain(_HELLO + "Produkce: 198.51.100.9 – rušíme naopak žádost o natáčení.\n"),
        ["198.51.100.9"],
        [],
    ),
    (
        "d17-cs-test-cancelled-then-request-named",
        _plain(
            _HELLO + "Produkce: 198.51.100.9, test 198.51.100.10 – tu zrušte, žádost o test "
            "stahujeme.\n"
        ),
        ["198.51.100.9"],
        [],
    ),
    (
        "d18-near-en-removes-the-filming-request",
        _plain(
            "Hello,\n\nproduction: 198.51.100.9 – we remove the request for filming "
            "though.\n\nRegards\n"
        ),
        ["198.51.100.9"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("components", "production", "test"),
    [pytest.param(c, p, t, id=i) for i, c, p, t in _DRILL + _DRILL_2 + _DRILL_3],
)
def test_roles_drill(components: list[Component], production: list[str], test: list[str]) -> None:
    x = extract(mail(*components))
    assert ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips]) == (
        production,
        test,
    )
