"""Request types, thirteenth round (issue 18): an answer struck or corrected in a form ("ano
(škrtnuto) – NE", "yes (crossed out) no") and an answer said in prose to be corrected to no
("opraveno na ne", "changed to no") leave the request declined - the last answer stands;
struck-through text of an RTF document reads as struck, as in DOCX and ODT. Wording, formats
and names are the tests' own, none a corpus case.

Outcome before this round's rules (16 probes, 6 failed): struck or corrected answer 2 of 8,
struck RTF text 4 of 8 (the others name the filming without asking for it, read right
before); all pass after."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import FEED, SIG, attachment
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

_IP = "\nAdresy pro ostrý provoz: 192.0.2.10\n"


def _types(text: str, form: str = "") -> tuple[str, ...]:
    files = [_text_file("form.txt", form)] if form else []
    return tuple(_x(_mail(_body(text + _IP + SIG), *files)).request_types)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        pytest.param("Dobrý den, formulář v příloze.", "Přístup k XML | ano\nNatáčení na sběrném místě | ano (přeškrtnuto) – NE\n", id="cs-cell-struck-then-ne"),
        pytest.param("Dobry den, posilam formular.", "Pristup k XML: ano\nNataceni: ano (skrtnuto) ne\n", id="cs-ascii-label"),
        pytest.param("Dobrý deň, v prílohe formulár.", "Prístup k XML\táno\nNakrúcanie\táno (prečiarknuté) → nie\n", id="sk-tab-arrow"),
        pytest.param("Hello, the form is attached.", "XML feed access: yes\nFilming at the collection point: yes (crossed out) - no\n", id="en-crossed-out"),
        pytest.param("Guten Tag, anbei das Formular.", "XML-Zugang: ja\nDreharbeiten im Sammelzentrum: ja (durchgestrichen) nein\n", id="de-durchgestrichen"),
        pytest.param("Dzień dobry, w załączeniu formularz.", "Dostęp do XML: tak\nFilmowanie w punkcie zbiorczym: tak (skreślone) – nie\n", id="pl-skreslone"),
        pytest.param("Dobrý den,\nu natáčení bylo původně ano, po poradě jsme to opravili, je tam opraveno na ne.", "Přístup k XML: ano\n", id="cs-prose-corrected-to-no"),
        pytest.param("Hello,\nwe first ticked yes for filming, but the editor changed it to no.", "XML feed access: yes\n", id="en-prose-changed-to-no"),
    ],
)
def test_a_struck_or_corrected_answer_leaves_the_last_one(text: str, form: str) -> None:
    assert _types(text, form) == FEED


_RTF = (
    r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Arial;}}\f0 "
    r"\pard P\u345?\u237?stup k XML: ano\par "
    r"\pard {\strike Nat\u225?\u269?en\u237? na sb\u283?rn\u233?m m\u237?st\u283?}\par "
    r"\pard Kontakt: Iva Nov\u225?, 603 123 456, iva@zpravy.example\par }"
)


@pytest.mark.parametrize(
    "rtf",
    [
        pytest.param(_RTF, id="cs-group-strike"),
        pytest.param(_RTF.replace(r"{\strike ", r"\strike ").replace(r"}\par \pard Kontakt", r"\strike0\par \pard Kontakt"), id="cs-strike-off"),
        pytest.param(_RTF.replace(r"{\strike ", r"{\striked1 "), id="cs-double-strike"),
        pytest.param(
            r"{\rtf1\ansi\deff0 \pard XML feed access: yes\par \pard {\b\strike Filming at the collection point}\par }",
            id="en-bold-strike",
        ),
        pytest.param(
            r"{\rtf1\ansi\deff0 \pard XML-Zugang: ja\par \pard {\strike Dreharbeiten im Sammelzentrum: ja}\par }",
            id="de-struck-line",
        ),
        pytest.param(
            r"{\rtf1\ansi\deff0 \pard Dost\u281?p do XML: tak\par \pard {\strike Filmowanie: tak}\par }",
            id="pl-struck-line",
        ),
        pytest.param(
            r"{\rtf1\ansi\deff0 \trowd\cellx2000\cellx4000 \pard\intbl XML\cell \pard\intbl ano\cell \row"
            r"\trowd\cellx2000\cellx4000 \pard\intbl {\strike Nat\u225?\u269?en\u237?}\cell \pard\intbl {\strike ano}\cell \row }",
            id="cs-struck-table-row",
        ),
        pytest.param(
            r"{\rtf1\ansi\deff0 \pard Acc\u232?s au flux XML: oui\par \pard {\strike Tournage au centre: oui}\par }",
            id="fr-struck-line",
        ),
    ],
)
def test_struck_rtf_text_is_not_requested(rtf: str) -> None:
    x = _x(_mail(_body("Dobrý den, žádost v příloze." + _IP + SIG), attachment("zadost.rtf", rtf.encode("ascii"))))
    assert tuple(x.request_types) == FEED
