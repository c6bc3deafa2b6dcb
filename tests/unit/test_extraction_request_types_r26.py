"""Request types, twenty-sixth round (issue 18): a request made under a condition.

1. A request made under a condition that the office decides ("if a permit is needed",
   "si une autorisation est nécessaire", "jen pokud to bude možné", "sollte es möglich
   sein", "jeżeli to wymagane") is asked: the applicant leaves it to the office whether
   the permit is needed or possible, not whether they want it. Neither "only if" nor
   "případně" makes it a request only considered when what the condition waits for is the
   office's need, rule or leave.
2. A request made under a condition on the applicant's own side ("if we get a crew",
   "pokud seženeme kameramana", "falls wir ein Team zusammenbekommen", "que si notre équipe
   est disponible") is a doubt: the reading is unsure, whatever it counts.
3. Recording said by a verb of recording in French with what or where is recorded
   ("enregistrer du son", "enregistrer des interviews au centre de collecte") names the
   filming; "enregistrer notre demande" (to register) does not.

Whole messages written for the drill (labelled by ``tests/corpus/LABELS.md`` before any
extraction was run on them). Wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import Component
from tests.unit.extraction_helpers import body, extract, mail

F = ("feed_access",)
R = ("recording_permit",)
B = ("feed_access", "recording_permit")

_OFFICE_SIDE: list[tuple[str, str, list[Component]]] = [
    (
        "d01-fr-sil-faut",
        "Accès aux résultats et enregistrement",
        [
            body(
                "Bonjour,\n\nLe quotidien L'Écho de la Loire souhaite accéder au flux XML des "
                "résultats ;\nnotre serveur a l'adresse 198.51.100.61.\n\nNotre envoyée "
                "spéciale aimerait aussi enregistrer quelques interviews au bureau de\n"
                "dépouillement de Brno. S'il faut une autorisation pour cela, veuillez "
                "considérer ce\ncourriel comme notre demande.\n\nBien à vous,\nClaire "
                "Vasseur\nL'Écho de la Loire SA\nTél. +33 2 40 12 34 56\n"
            )
        ],
    ),
    (
        "d02-cs-v-pripade-ze-nutne",
        "Žádost o přístup k XML",
        [
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML, produkční "
                "IP 198.51.100.62.\n\nNáš redaktor by rád na sběrném místě v Jihlavě pořídil "
                "zvukové záznamy pro\nvečerní zpravodajství. V případě, že je k tomu nutné "
                "povolení, prosíme tímto\ntaké o ně.\n\nS pozdravem\nOndřej Vlk\nRádio "
                "Vysočina s.r.o.\ntel. 605 221 904\n"
            )
        ],
    ),
    (
        "d03-sk-iba-ak-mozne",
        "Žiadosť",
        [
            body(
                "Dobrý deň,\n\nprosíme o prístup k XML s výsledkami volieb pre našu "
                "adresu 198.51.100.63.\nRadi by sme na zbernom mieste nakrúcali krátku "
                "reportáž, iba ak je to z vašej\nstrany možné.\n\nS pozdravom\nJana "
                "Mikulová\nTV Záhorie, s.r.o.\n+421 903 555 120\n"
            )
        ],
    ),
    (
        "d04-en-only-if-rules-require",
        "XML feed and recording",
        [
            body(
                "Dear Sir or Madam,\n\nplease grant us access to the XML results feed "
                "(production server 198.51.100.64).\nWe intend to record short interviews "
                "at the Plzeň collection point on the night; we will\nonly need a recording "
                "permit if your rules require one, in which case please take this\nmessage "
                "as our application.\n\nKind regards\nTom Ashby\nWessex Radio Ltd\n"
                "+44 1202 555 018\n"
            )
        ],
    ),
    (
        "d05-de-soweit-erforderlich",
        "Antrag XML-Zugang",
        [
            body(
                "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Dienst "
                "der Wahlergebnisse für die IP-Adresse\n198.51.100.65. Soweit dafür eine "
                "Genehmigung erforderlich ist, beantragen wir zudem\nTon- und "
                "Bildaufnahmen in Ihrer Sammelstelle am Wahlabend.\n\nMit freundlichen "
                "Grüßen\nKlara Weiß\nDonau Rundfunk GmbH\nTel. +43 1 555 2210\n"
            )
        ],
    ),
    (
        "d06-pl-jezeli-wymaga",
        "Wniosek",
        [
            body(
                "Szanowni Państwo,\n\nprosimy o dostęp do serwera XML z wynikami wyborów, "
                "adres produkcyjny 198.51.100.66.\nJeżeli wymaga to zgody, prosimy też o "
                "możliwość nagrania krótkiej relacji w punkcie\nzbierania wyników w Ostrawie."
                "\n\nZ poważaniem\nPiotr Nowak\nRadio Śląsk Sp. z o.o.\ntel. +48 32 555 12 34\n"
            )
        ],
    ),
    (
        "d07-cs-jen-pokud-dovoli",
        "Žádost",
        [
            body(
                "Dobrý den,\n\nprosím o přístup k datům voleb (XML), naše IP je 198.51.100.67."
                "\nNa sběrném místě bychom chtěli natáčet jen tehdy, pokud to vaše pravidla "
                "dovolí.\n\nDěkuji\nPetra Horká\nZlínský deník a.s.\n731 442 118\n"
            )
        ],
    ),
    (
        "d08-it-se-necessario",
        "Richiesta accesso XML",
        [
            body(
                "Buongiorno,\n\nchiediamo l'accesso al server XML dei risultati per "
                "l'indirizzo 198.51.100.68.\nSe necessario, chiediamo anche "
                "l'autorizzazione per effettuare riprese video al centro\ndi raccolta di "
                "Praga.\n\nCordiali saluti\nLuca Ferri\nRadio Adige S.r.l.\n+39 0471 555 210\n"
            )
        ],
    ),
    (
        "d09-en-provided-you-allow",
        "Application",
        [
            body(
                "Hello,\n\nwe apply for access to the XML results feed, production IP "
                "198.51.100.69.\nProvided that you allow it, we would also like to film at "
                "the Ostrava collection point.\n\nBest\nNina Park\nNorthern Lights Media "
                "Ltd\n+44 161 555 0190\n"
            )
        ],
    ),
    (
        "d10-cs-jen-v-pripade-vyzadovano",
        "Žádost – XML a natáčení",
        [
            body(
                "Dobrý den,\n\nžádáme o zřízení přístupu k XML výsledkům pro IP 198.51.100.90."
                "\nPovolení k natáčení na sběrném místě potřebujeme jen v případě, že je u vás "
                "vyžadováno.\n\nS pozdravem\nMarek Polák\nTV Haná s.r.o.\n777 555 120\n"
            )
        ],
    ),
    (
        "d11-cs-pripadne-je-li-treba",
        "Žádost",
        [
            body(
                "Dobrý den,\n\nprosíme o přístup k XML, produkční adresa 198.51.100.91. "
                "Případně žádáme i o\npovolení k natáčení ve volební noci, je-li třeba.\n\n"
                "Děkujeme\nLucie Dvořáková\nRegionální televize Polabí, a.s.\n608 555 332\n"
            )
        ],
    ),
    (
        "d12-en-only-if-you-require",
        "XML feed",
        [
            body(
                "Good morning,\n\nplease enable the XML results feed for 198.51.100.92.\n"
                "We'll only need the filming permit if you require one for the counting "
                "room.\n\nRegards\nJoe Bright\nBright Local TV Ltd\n+44 113 555 0100\n"
            )
        ],
    ),
    (
        "d13-cs-jen-pokud-mozne",
        "Žádost",
        [
            body(
                "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb, IP 198.51.100.93.\n"
                "Natáčet bychom chtěli jen v případě, že to bude možné.\n\nS pozdravem\n"
                "Tereza Malá\nKrkonošský deník s.r.o.\n602 555 881\n"
            )
        ],
    ),
    (
        "d14-de-sollte-es-noetig-sein",
        "Antrag",
        [
            body(
                "Guten Tag,\n\nwir bitten um XML-Zugang für die Adresse 198.51.100.94.\n"
                "Außerdem möchten wir in der Sammelstelle einige Interviews aufnehmen. Sollte "
                "dafür\neine Erlaubnis nötig sein, gilt diese Nachricht als Antrag.\n\n"
                "Grüße\nMia Lang\nRadio Tirol GmbH\n+43 512 555 210\n"
            )
        ],
    ),
]

_OWN_SIDE: list[tuple[str, str, list[Component]]] = [
    (
        "n01-cs-pokud-sezeneme",
        "Žádost",
        [
            body(
                "Dobrý den,\n\nžádáme o přístup k XML s výsledky, IP 198.51.100.71.\nPokud "
                "se nám podaří sehnat kameramana, rádi bychom na sběrném místě natáčeli."
                "\n\nS pozdravem\nEva Malá\nTýdeník Podhůří s.r.o.\n602 118 330\n"
            )
        ],
    ),
    (
        "n02-en-if-we-can-find",
        "Feed access",
        [
            body(
                "Hi,\n\nplease set up XML feed access for 198.51.100.72.\nWe'd like to film "
                "at the collection point too, if we can find a camera operator in time."
                "\n\nThanks\nSam Reed\nRiverside News Ltd\n+44 20 7946 0321\n"
            )
        ],
    ),
    (
        "n03-fr-ne-que-si",
        "Demande",
        [
            body(
                "Bonjour,\n\nnous demandons l'accès au serveur XML pour l'adresse "
                "198.51.100.73.\nNous ne filmerons au centre de collecte que si notre "
                "équipe est disponible ce soir-là.\n\nCordialement\nLéa Roux\nTélé "
                "Savoie SAS\n+33 4 79 55 12 30\n"
            )
        ],
    ),
    (
        "n04-de-falls-team",
        "Antrag",
        [
            body(
                "Guten Tag,\n\nwir bitten um XML-Zugang für 198.51.100.74.\nFalls wir ein "
                "Team zusammenbekommen, möchten wir in der Sammelstelle drehen.\n\nGrüße"
                "\nJonas Berg\nOstbayern Medien GmbH\n+49 941 555 120\n"
            )
        ],
    ),
    (
        "n05-pl-jesli-zdazymy",
        "Wniosek",
        [
            body(
                "Dzień dobry,\n\nprosimy o dostęp do XML dla adresu 198.51.100.75.\nJeśli "
                "zdążymy zorganizować ekipę, chcielibyśmy nagrywać w punkcie zbierania "
                "wyników.\n\nPozdrawiam\nAnna Wójcik\nTVP Regionalna Sp. z o.o.\n+48 22 555 "
                "10 20\n"
            )
        ],
    ),
    (
        "n06-sk-ak-sa-rozhodneme",
        "Žiadosť",
        [
            body(
                "Dobrý deň,\n\nžiadame o prístup k XML, IP 198.51.100.76.\nNakrúcať na "
                "zbernom mieste by sme chceli, ak sa rozhodneme prísť osobne.\n\nS "
                "pozdravom\nIgor Baláž\nNoviny Orava s.r.o.\n+421 905 555 777\n"
            )
        ],
    ),
]

_NEAR_MISS: list[tuple[str, tuple[str, ...], str, list[Component]]] = [
    (
        "m01-fr-enregistrer-demande",
        F,
        "Demande d'accès XML",
        [
            body(
                "Bonjour,\n\nmerci d'enregistrer notre demande d'accès au serveur XML des "
                "résultats.\nNotre adresse de production est 198.51.100.81.\n\nCordialement"
                "\nMarc Petit\nOuest Info SARL\n+33 2 99 55 12 12\n"
            )
        ],
    ),
    (
        "m02-en-if-you-need-anything",
        F,
        "XML access",
        [
            body(
                "Hello,\n\nwe request access to the XML feed for 198.51.100.82. If you need "
                "anything else,\nplease let me know.\n\nRegards\nAmy Cole\nCole Data Ltd\n"
                "+44 117 555 0142\n"
            )
        ],
    ),
    (
        "m03-cs-pokud-potreba-ip",
        F,
        "Žádost",
        [
            body(
                "Dobrý den,\n\nžádáme o přístup k XML, IP 198.51.100.83. Pokud bude potřeba "
                "doplnit testovací\nadresu, pošleme ji.\n\nS pozdravem\nJan Hrubý\nDeník "
                "Brod s.r.o.\n604 555 120\n"
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("cid", "subject", "parts"), _OFFICE_SIDE, ids=[c[0] for c in _OFFICE_SIDE]
)
def test_round26_office_condition_asks(cid: str, subject: str, parts: list[Component]) -> None:
    x = extract(mail(*parts, subject=subject))
    assert tuple(x.request_types) == B


@pytest.mark.parametrize(("cid", "subject", "parts"), _OWN_SIDE, ids=[c[0] for c in _OWN_SIDE])
def test_round26_own_condition_is_a_doubt(cid: str, subject: str, parts: list[Component]) -> None:
    x = extract(mail(*parts, subject=subject))
    assert tuple(x.request_types) in (F, B)
    assert not x.fields["request_types"].certain


@pytest.mark.parametrize(
    ("cid", "want", "subject", "parts"), _NEAR_MISS, ids=[c[0] for c in _NEAR_MISS]
)
def test_round26_near_misses(
    cid: str, want: tuple[str, ...], subject: str, parts: list[Component]
) -> None:
    x = extract(mail(*parts, subject=subject))
    assert tuple(x.request_types) == want
