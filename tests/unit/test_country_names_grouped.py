"""The country-name pattern of ``contact._country_names``, grouped by first letter for speed,
finds exactly what the plain alternation of the names, longest first, finds."""

from __future__ import annotations

import re

from intake.extraction import contact


def _flat(names: dict[str, str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) >= 4)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _texts(names: dict[str, str]) -> list[str]:
    every = sorted(names)
    return [
        " ".join(every),
        ", ".join(reversed(every)),
        "".join(every),  # no word boundaries: nothing or the same as the plain pattern
        " x".join(n[:-1] for n in every),  # cut names
        " ".join(n + n[-1] for n in every),  # lengthened names
        contact._fold("číslo z Belgie, 06 71 42 98 15 (France), aus Tschechien +49, Schweiz, Polska"),
        contact._fold("Spojené státy americké; Korea, Republic of; Bosna a Hercegovina; Guinea-Bissau"),
    ]


def test_grouped_pattern_matches_as_the_plain_alternation() -> None:
    grouped, names = contact._country_names()
    flat = _flat(names)
    for text in _texts(names):
        got = [(m.start(), m.group(0)) for m in grouped.finditer(text)]
        want = [(m.start(), m.group(0)) for m in flat.finditer(text)]
        assert got == want
