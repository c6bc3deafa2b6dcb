"""A drill, fifty-seventh round (issue 18): addresses. (a) A range written with only its
closing word ("A bis .14", "A to .14", "A až .14", "A jusqu'à .14") and the addresses it
leaves out ("außer .12", "except .12", "kromě .12"); near-miss negatives: a range with no
exception, and "A a .14" ("and", no range). (b) A reply answering the office's quoted question
about one address with one word ("Testovací."). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


def _feed(org: str, prod: list[str], test: list[str], person: str, mail_: str, phone: str) -> Label:
    return label(FEED, (org, None, None), prod, test, (person, mail_, phone))


# (a) a range with its closing word only, less its exceptions
CASES["de_bis_ausser_paren"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Wahlergebnissen.\n\n"
        "Produktiv-IPs: 198.51.100.20 bis .23 (außer .21, das ist unser Drucker)\n"
        "Test-IP: 203.0.113.90\n\n"
        "Mit freundlichen Grüßen\nKarin Vogt\nBayerwald Bote GmbH\nTel. +49 851 400 2211\n",
        "vogt@bayerwaldbote.example",
        "Karin Vogt",
    ),
    _feed("Bayerwald Bote GmbH", ["198.51.100.20", "198.51.100.22", "198.51.100.23"],
          ["203.0.113.90"], "Karin Vogt", "vogt@bayerwaldbote.example", "+498514002211"),
)
CASES["en_to_except"] = (
    _mail(
        "Hello,\n\nwe request access to the election results XML feed.\n\n"
        "Production: 192.0.2.40 to .43 except .42\n"
        "Test: 192.0.2.50\n\n"
        "Regards,\nNiall Byrne\nMidlands Courier Ltd\n+44 121 496 0733\n",
        "byrne@midlandscourier.example",
        "Niall Byrne",
    ),
    _feed("Midlands Courier Ltd", ["192.0.2.40", "192.0.2.41", "192.0.2.43"], ["192.0.2.50"],
          "Niall Byrne", "byrne@midlandscourier.example", "+441214960733"),
)
CASES["cz_az_krome"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\n\n"
        "Produkční adresy: 203.0.113.60 až .63, kromě .61\n"
        "Testovací: 203.0.113.70\n\n"
        "S pozdravem\nPetra Vaňková\nHanácký deník s.r.o.\ntel. 731 220 418\n",
        "vankova@hanackydenik.example",
        "Petra Vaňková",
    ),
    _feed("Hanácký deník s.r.o.", ["203.0.113.60", "203.0.113.62", "203.0.113.63"],
          ["203.0.113.70"], "Petra Vaňková", "vankova@hanackydenik.example", "+420731220418"),
)
CASES["fr_jusqua_sauf"] = (
    _mail(
        "Bonjour,\n\nnous demandons l'accès au flux XML des résultats électoraux.\n\n"
        "Production : 198.51.100.80 jusqu'à .83 (sauf .80)\n"
        "Test : 198.51.100.90\n\n"
        "Cordialement,\nLucie Moreau\nL'Écho du Rhin SARL\n+33 3 88 41 22 90\n",
        "moreau@echodurhin.example",
        "Lucie Moreau",
    ),
    _feed("L'Écho du Rhin SARL", ["198.51.100.81", "198.51.100.82", "198.51.100.83"],
          ["198.51.100.90"], "Lucie Moreau", "moreau@echodurhin.example", "+33388412290"),
)
# near misses: a range with no exception, and "A and B" (two addresses, no range)
CASES["de_bis_no_exception"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Wahlergebnissen.\n\n"
        "Produktiv-IPs: 192.0.2.30 bis .32\n\n"
        "Mit freundlichen Grüßen\nJonas Bauer\nMainpost Digital GmbH\nTel. +49 931 600 1120\n",
        "bauer@mainpostdigital.example",
        "Jonas Bauer",
    ),
    _feed("Mainpost Digital GmbH", ["192.0.2.30", "192.0.2.31", "192.0.2.32"], [],
          "Jonas Bauer", "bauer@mainpostdigital.example", "+499316001120"),
)
CASES["en_and_not_range"] = (
    _mail(
        "Hello,\n\nwe request access to the election results XML feed.\n\n"
        "Production: 203.0.113.10 and 203.0.113.14\n\n"
        "Regards,\nMaya Quinn\nHarbour Times Ltd\n+44 20 7946 0321\n",
        "quinn@harbourtimes.example",
        "Maya Quinn",
    ),
    _feed("Harbour Times Ltd", ["203.0.113.10", "203.0.113.14"], [], "Maya Quinn",
          "quinn@harbourtimes.example", "+442079460321"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
