"""Request types, fifty-second round (issue 18, helper r52-req): a drill written and labelled
by ``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class W — a request withdrawn later in the same message (a P.S., "EDIT:", "oprava:"), in the
Nordic languages and Finnish as well as Czech, Slovak, English, German and Polish ("vi trekker
søknaden om XML-tilgang", "vi drar tillbaka", "trækker ansøgningen tilbage", "perumme XML-
pyynnön") (ci015). Near misses: a P.S. that adds to the request or withdraws only an address.

Class S — the Nordic and Finnish wording for filming and photographing beside a feed request
("fotografera vid insamlingsstället", "fotografere", "filmoptagelse", "kuvata", "kuvauslupa")
(ci010). Near misses: a photographer named as a contact or a photo sent.

Class B — a scanned form whose ticks are ballot marks ("X", "☒", "✓", "(x)", "[X]", "ⓧ") beside
the rows, with an unticked row ("☐", "[ ]") kept unrequested (ch038).

For every message whose label has no feed, a production address left in the reading must
not be certain.
"""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file

F, R = "feed_access", "recording_permit"


def _mail(text: str) -> ParsedMessage:
    return mail(body(text + SIG))


def _scan(form: str) -> ParsedMessage:
    return mail(
        body("Dobrý den, posílám vyplněný formulář ze skeneru.\n" + SIG),
        text_file("formular_sken.txt", form),
    )


_CASES: list[Any] = [
    # class W: withdrawn later in the message
    pytest.param(
        _mail(
            "Hei, vi søker om tilgang til valgresultatene i XML (produksjon 192.0.2.10) og om "
            "tillatelse til å filme i Praha.\n\nMvh Kari\n\nP.S. Vi trekker søknaden om "
            "XML-tilgang. Det gjelder bare filmingen.\n"
        ),
        [R],
        id="w1-no-trekker-soknaden",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansöker om åtkomst till valresultat i XML (server 192.0.2.11) och om "
            "tillstånd att filma vid insamlingsstället.\n\nPS. Vi drar tillbaka ansökan om "
            "XML, vi behöver bara filmtillståndet.\n"
        ),
        [R],
        id="w2-sv-drar-tillbaka",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansøger om adgang til valgresultaterne i XML (IP 192.0.2.12) og om "
            "tilladelse til filmoptagelse.\n\nPS: Vi trækker ansøgningen om XML tilbage.\n"
        ),
        [R],
        id="w3-da-traekker-tilbage",
    ),
    pytest.param(
        _mail(
            "Hei, haemme pääsyä vaalitulosten XML-tietoihin (IP 192.0.2.13) ja kuvauslupaa "
            "keräyspisteeseen.\n\nPS. Perumme XML-pyynnön, tarvitsemme vain kuvausluvan.\n"
        ),
        [R],
        id="w4-fi-perumme",
    ),
    pytest.param(
        _mail(
            "Dobrý den, žádáme o přístup k XML (IP 192.0.2.14) a o povolení natáčet.\n\n"
            "P.S. Na XML zapomeňte, stačí nám natáčení.\n"
        ),
        [R],
        id="w5-cz-ps-zapomente",
    ),
    pytest.param(
        _mail(
            "Hello, we apply for the XML feed (server 192.0.2.15) and for permission to film.\n\n"
            "EDIT: forget the feed, we only need filming.\n"
        ),
        [R],
        id="w6-en-edit-forget-feed",
    ),
    pytest.param(
        _mail(
            "Guten Tag, wir beantragen den XML-Zugang (IP 192.0.2.16) und eine Drehgenehmigung.\n\n"
            "PS: Den XML-Antrag ziehen wir zurück, nur die Drehgenehmigung bitte.\n"
        ),
        [R],
        id="w7-de-ziehen-zurueck",
    ),
    pytest.param(
        _mail(
            "Hei, vi søker om tilgang til XML (produksjon 192.0.2.17) og tillatelse til å "
            "filme.\n\nP.S. Vi trenger ikke lenger XML-tilgangen.\n"
        ),
        [R],
        id="w8-no-ikke-lenger",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansöker om tillgång till XML (server 192.0.2.18) och om att filma.\n\n"
            "PS. Filmningen är inte längre aktuell, bara XML.\n"
        ),
        [F],
        id="w9-sv-filming-inte-langre",
    ),
    pytest.param(
        _mail(
            "Hei, vi søker om tilgang til XML (produksjon 192.0.2.19) og om å filme.\n\n"
            "P.S. Vi trekker tilbake testadressen, den er ikke klar.\n"
        ),
        [F, R],
        id="w10-near-no-address-withdrawn",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansöker om åtkomst till valresultat i XML, server 192.0.2.20.\n\n"
            "PS. Vi vill också filma vid insamlingsstället.\n"
        ),
        [F, R],
        id="w11-near-sv-ps-adds",
    ),
    # class S: Nordic and Finnish filming beside the feed
    pytest.param(
        _mail(
            "Hej, tidningen ansöker om tillgång till valresultat i XML och om tillstånd för vår "
            "fotograf att fotografera vid insamlingsstället på valnatten. Server: 192.0.2.30\n"
        ),
        [F, R],
        id="s1-sv-fotografera",
    ),
    pytest.param(
        _mail(
            "Hei, vi ber om tilgang til valgresultatene i XML (192.0.2.31) og om lov til å "
            "fotografere på innsamlingsstedet.\n"
        ),
        [F, R],
        id="s2-no-fotografere",
    ),
    pytest.param(
        _mail(
            "Hej, vi beder om adgang til valgresultaterne i XML (192.0.2.32) og om "
            "filmoptagelse på indsamlingsstedet valgnatten.\n"
        ),
        [F, R],
        id="s3-da-filmoptagelse",
    ),
    pytest.param(
        _mail(
            "Hei, pyydämme pääsyä vaalitulosten XML-tietoihin (192.0.2.33) ja lupaa kuvata "
            "keräyspisteessä vaaliyönä.\n"
        ),
        [F, R],
        id="s4-fi-kuvata",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansöker om filmtillstånd vid insamlingsstället och om XML-tillgång, "
            "server 192.0.2.34.\n"
        ),
        [F, R],
        id="s5-sv-filmtillstand",
    ),
    pytest.param(
        _mail(
            "Hej, vi ansöker om tillgång till valresultat i XML, server 192.0.2.35. "
            "Kontakt: vår fotograf Oskar Nyman, +46 70 318 44 90.\n"
        ),
        [F],
        id="s6-near-sv-photographer-contact",
    ),
    pytest.param(
        _mail(
            "Hei, pyydämme pääsyä vaalitulosten XML-tietoihin, palvelin 192.0.2.36. "
            "Emme aio kuvata.\n"
        ),
        [F],
        id="s7-near-fi-emme-kuvata",
    ),
    # class B: ballot marks in a scanned form
    pytest.param(
        _scan(
            "ŽÁDOST MÉDIA\n\nŽadatel ...... Zprávy Vysočina s.r.o.\n\n"
            "[X]  přístup k výsledkům voleb (XML)\n"
            "[ ]  natáčení na pracovišti ČSÚ\n\n"
            "produkční IP ... 192.0.2.50\n"
        ),
        [F],
        id="b1-bracket-x-unticked-film",
    ),
    pytest.param(
        _scan(
            "ŽIADOSŤ\n\n"
            "(x) prístup k výsledkom volieb (XML)\n"
            "(x) nakrúcanie na zbernom mieste\n\n"
            "produkčná IP ... 192.0.2.51\n"
        ),
        [F, R],
        id="b2-sk-paren-x-both",
    ),
    pytest.param(
        _scan(
            "APPLICATION FORM\n\n"
            "☐  access to the XML results feed\n"
            "☒  filming at the collection point\n"
        ),
        [R],
        id="b3-en-ballot-box-film-only",
    ),
    pytest.param(
        _scan(
            "ŽÁDOST\n\n"
            "ⓧ  přístup k výsledkům voleb (XML)\n"
            "○  natáčení/fotografování na pracovišti\n\n"
            "produkční IP ... 192.0.2.53\n"
        ),
        [F],
        id="b4-circled-x-unmarked-circle",
    ),
]


@pytest.mark.parametrize(("p", "want"), _CASES)
def test_request_types_r52(p: ParsedMessage, want: list[str]) -> None:
    x = extract(p)
    got = sorted(x.request_types)
    field = x.fields["production_ips"] if "production_ips" in x.fields else None
    stray_certain = F not in want and bool(x.production_ips) and field is not None and field.certain
    assert (got, stray_certain) == (sorted(want), False), (
        f"types certain={x.fields['request_types'].certain}"
    )


# class B, the address lines of a scanned form: dots with spaces around them ("192 . 0 . 2 .
# 50"), read as addresses, never certain (the officer compares them with the scan) (ch038);
# near misses: a date, an amount and a quad with an octet over 255
_SPACED: list[Any] = [
    pytest.param(
        "☒ přístup k výsledkům voleb (XML)\n"
        "produkční IP ... 192 . 0 . 2 . 50 ,  192 . 0 . 2 . 51\n"
        "testovací IP ... 192.0.2.60\n",
        ["192.0.2.50", "192.0.2.51"],
        id="a1-cz-spaced-pair",
    ),
    pytest.param(
        "[X] access to the XML results\nProduction IP: 203 . 0 . 113 . 7\n",
        ["203.0.113.7"],
        id="a2-en-spaced-one",
    ),
    pytest.param(
        "(x) Zugang zu den XML-Ergebnissen\nProduktiv-IP: 198 .51 .100 .20\n",
        ["198.51.100.20"],
        id="a3-de-space-before-dot",
    ),
    pytest.param(
        "✓ prístup k výsledkom volieb (XML)\nprodukčná IP: 192. 0. 2. 90\n",
        ["192.0.2.90"],
        id="a4-sk-space-after-dot",
    ),
    pytest.param(
        "✓ přístup k XML\nDatum: 12 . 10 . 2025\nČástka: 1 . 200 . 000 . 00 Kč\n",
        [],
        id="a5-near-date-and-amount",
    ),
    pytest.param(
        "✓ přístup k XML\nprodukční IP: 300 . 1 . 2 . 3\n",
        [],
        id="a6-near-octet-over-255",
    ),
]


@pytest.mark.parametrize(("form", "want"), _SPACED)
def test_spaced_dots_r52(form: str, want: list[str]) -> None:
    x = extract(_scan("ŽÁDOST\n\n" + form))
    field = x.fields["production_ips"] if "production_ips" in x.fields else None
    assert (list(x.production_ips), bool(field and field.certain)) == (want, False)
