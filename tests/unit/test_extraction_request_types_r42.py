"""A drill, forty-second round (issue 18): photographing asked for as a recording permit.

A photo reporter or photographer coming to a collection point, a permit asked for them, or
pictures to be taken there, is a ``recording_permit`` request (LABELS: photographing counts as
recording), in Czech, Slovak, English and German. Near misses: a photo reporter's title in a
signature, photos of past elections on the applicant's web, "Photo Desk" as a department's
name, a photographer declined or not coming this time.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_WHO = ("Tomáš Krejčí", "krejci@zpravy-vysocina.example", "+420731204518")
_SIG = "\nS pozdravem\nTomáš Krejčí\nZprávy Vysočiny s.r.o.\ntel. 731 204 518\n"
_IP = "IP adresa serveru: 192.0.2.61\n"


def _mail(text: str) -> ParsedMessage:
    return mail(body(text), subject="Žádost", sender=_WHO[1], sender_name=_WHO[0])


def _want(types: list[str], prod: list[str] | None = None) -> Label:
    return label(types, ("Zprávy Vysočiny s.r.o.", None, None), prod or [], [], _WHO)


CASES["cs_permit_for_photo_reporter"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML a zároveň o povolení "
        "pro našeho fotoreportéra na sběrném místě v Jihlavě.\n" + _IP + _SIG
    ),
    _want(BOTH),
)
CASES["sk_permit_for_photo_reporter"] = (
    _mail(
        "Dobrý deň,\n\nprosíme o prístup k výsledkom volieb v XML a o povolenie pre nášho "
        "fotoreportéra na zbernom mieste v Trenčíne.\n" + _IP + _SIG
    ),
    _want(BOTH),
)
CASES["en_permission_for_photographer"] = (
    _mail(
        "Hello,\n\nwe request access to the election results XML feed and permission for our "
        "photographer at the collection point in Brno.\n" + _IP + _SIG
    ),
    _want(BOTH),
)
CASES["de_genehmigung_fotoreporter"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen im XML-Format sowie eine "
        "Genehmigung für unseren Fotoreporter an der Sammelstelle in Pilsen.\n" + _IP + _SIG
    ),
    _want(BOTH),
)
CASES["cs_entry_for_photo_reporter_only"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení vstupu pro naši fotoreportérku na sběrné místo "
        "v Třebíči ve volební noc.\n" + _SIG
    ),
    _want(REC),
)
CASES["en_take_photos_at_point"] = (
    _mail(
        "Hello,\n\nwe would like to take photos at the collection point in Ostrava on "
        "election night. Could you allow that?\n" + _SIG
    ),
    _want(REC),
)
CASES["de_fotos_machen"] = (
    _mail(
        "Guten Tag,\n\nwir möchten am Wahlabend in der Sammelstelle in Budweis Fotos machen "
        "und bitten um Ihre Erlaubnis.\n" + _SIG
    ),
    _want(REC),
)
CASES["sk_photo_journalist_coming"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb. Zároveň žiadame o povolenie "
        "pre fotoreportérku, ktorá by prišla na zberné miesto v Nitre.\n" + _IP + _SIG
    ),
    _want(BOTH),
)
# near misses
CASES["cs_photo_reporter_in_signature"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML.\n" + _IP
        + "\nS pozdravem\nTomáš Krejčí\nfotoreportér a editor\nZprávy Vysočiny s.r.o.\n"
        "tel. 731 204 518\n"
    ),
    _want(FEED, ["192.0.2.61"]),
)
CASES["cs_photos_of_past_elections"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Na webu máme i fotky "
        "z minulých voleb a výsledky chceme doplnit.\n" + _IP + _SIG
    ),
    _want(FEED, ["192.0.2.61"]),
)
CASES["en_photo_desk_department"] = (
    _mail(
        "Hello,\n\nplease grant us access to the election results XML feed.\n" + _IP
        + "\nKind regards,\nTomáš Krejčí\nPhoto Desk\nZprávy Vysočiny s.r.o.\ntel. 731 204 518\n"
    ),
    _want(FEED, ["192.0.2.61"]),
)
CASES["cs_photographer_declined"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. O povolení pro fotografa "
        "tentokrát nežádáme.\n" + _IP + _SIG
    ),
    _want(FEED, ["192.0.2.61"]),
)
CASES["de_fotograf_kommt_nicht"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen (XML). Unser Fotograf "
        "kommt diesmal nicht.\n" + _IP + _SIG
    ),
    _want(FEED, ["192.0.2.61"]),
)
CASES["en_no_photographer"] = (
    _mail(
        "Hello,\n\nno photographer this time, only access to the election results XML feed, "
        "please.\n" + _IP + _SIG
    ),
    _want(FEED, ["192.0.2.61"]),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
