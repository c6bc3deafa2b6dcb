"""A drill, fifty-eighth round (issue 18): request types - filming asked for as a person coming
with a camera to a place of the office ("kolega by se rád přijel podívat s kamerou na vaše
pracoviště, jestli by to šlo povolit", "our reporter would like to come with a camera to the
collection point"), beside the feed request in a chatty mail. Near-miss negatives: a camera
at the applicant's own place, a past visit recalled. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(key: str, text: str, want: list[str]) -> None:
    CASES[key] = (
        mail(body(text), subject="volby", sender="it@media.example", sender_name="X"),
        label(want, (None, None, None), [], [], (None, None, None)),
    )


_mail("cz_kolega_s_kamerou_pracoviste",
      "Dobrý den, letos bychom zase chtěli XML s výsledky voleb na adresu 192.0.2.5. "
      "A kolega by se rád přijel podívat s kamerou na vaše pracoviště v Ostravě, jestli by to "
      "šlo povolit.\nDíky, Petr", BOTH)
_mail("sk_kolega_s_kamerou_zberne_miesto",
      "Dobrý deň, prosíme o prístup k výsledkom volieb (XML) pre adresu 192.0.2.6. Kolegyňa by "
      "rada prišla s kamerou na vaše zberné miesto v Trnave, ak by sa to dalo povoliť.", BOTH)
_mail("en_reporter_with_camera_collection_point",
      "Hi, we'd like access to the election results feed from 192.0.2.7 again. Also, our "
      "reporter would love to come with a camera to your collection point in Brno, if that "
      "could be allowed.", BOTH)
_mail("de_kollege_mit_kamera_sammelstelle",
      "Guten Tag, wir bitten um Zugang zu den Wahlergebnissen (XML) für 192.0.2.8. Außerdem "
      "würde ein Kollege gern mit einer Kamera in Ihre Sammelstelle kommen, wenn das erlaubt "
      "werden kann.", BOTH)
# near misses: a camera at the applicant's place, a past visit recalled
_mail("cz_kamera_u_nas_ve_studiu",
      "Dobrý den, prosíme o přístup k XML výsledkům voleb pro 192.0.2.9. Výsledky budeme "
      "komentovat s kamerou u nás ve studiu.", FEED)
_mail("cz_loni_s_kamerou",
      "Dobrý den, prosíme o přístup k XML výsledkům voleb pro 192.0.2.10. Loni jsme u vás byli "
      "s kamerou na pracovišti, letos ale natáčet nebudeme.", FEED)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
