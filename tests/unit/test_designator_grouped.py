"""``contact._designator_regions`` groups its dotted forms (``alternation.grouped``, case-blind
as the scoped ``(?i:…)`` reads them): the pattern finds the same designators as the plain
alternation, in every case they are written."""

from __future__ import annotations

import re

from intake.extraction.contact import _designator_regions
from intake.extraction.legal_forms import DESIGNATORS


def _plain() -> re.Pattern[str]:
    _, regions = _designator_regions()
    dotted = sorted((f for f in regions if "." in f), key=len, reverse=True)
    either = "|".join(r"\.\s?".join(map(re.escape, f.split("."))) for f in dotted)
    return re.compile(rf"(?<!\w)((?i:{either})|{DESIGNATORS})(?!\w)")


def test_grouped_designators_match_as_the_plain_alternation() -> None:
    rx, regions = _designator_regions()
    plain = _plain()
    assert rx.pattern != plain.pattern  # grouped
    texts = [
        "Il Giornale S.p.A., via Roma 1; Gazeta Sp. z o.o.; Média s.r.o. a Radio a.s.",
        "Xarxa Informativa del Penedès, SL; Balkan Press Agency EAD; Nordic AB; Kft. Zrt.",
        "Müller GmbH & Co. KG, Wien; ACME Inc. and Foo Ltd.; Bar B.V.; Baz N.V.; S.A. de C.V.",
    ]
    for form in regions:
        texts += [f"Firma {form} x", f"Firma {form.upper()}, x", f"({form.title()})", form.replace(". ", ".")]
    texts.append("\n".join(texts))
    for text in texts:
        want = [(m.span(), m.group(1)) for m in plain.finditer(text)]
        assert [(m.span(), m.group(1)) for m in rx.finditer(text)] == want, text
