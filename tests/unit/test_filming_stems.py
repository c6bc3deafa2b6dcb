"""The filming net skips a line in which ``_REC_CUES`` cannot match (``_filming_lines``):
every alternative of the pattern must hold one of ``_REC_STEMS`` literally, and a case-blind
pattern reads no character as an ASCII letter but the ASCII letters and ``casefree.CASE_TWINS``.
The structure is read from the parsed pattern (``re._parser``, CPython's own parser: a
test-only use of a private module)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import string
import sys
from typing import Any

from intake.extraction import alternation
from intake.extraction import request_types as rt
from intake.extraction.casefree import CASE_TWINS

_STEMS = [s.decode() for s in rt._REC_STEMS]


def _holds_stem(items: Any, stems: list[str], run: str = "") -> bool:
    """Every match of the parsed sequence ``items`` holds one of ``stems`` literally; ``run``
    is the literal text every match is preceded by (the parser moves a prefix common to all
    alternatives of a group out in front of it: "ziv(?:ych|eho)" is read as "zivych" or "ziveho")."""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av).lower()
            if any(s in run for s in stems):
                return True
            continue
        if op is sre.SUBPATTERN and _holds_stem(av[3], stems, run):
            return True
        if op is sre.BRANCH and all(_holds_stem(alt, stems, run) for alt in av[1]):
            return True
        run = ""
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _holds_stem(av[2], stems):
            return True
    return False


def test_every_filming_cue_holds_a_stem() -> None:
    parsed = sre_parse.parse(alternation.WRITTEN.get(rt._REC_CUES.pattern, rt._REC_CUES.pattern), rt._REC_CUES.flags)
    assert _holds_stem(parsed.data, _STEMS)


def test_the_check_sees_a_missing_stem() -> None:
    parsed = sre_parse.parse(alternation.WRITTEN.get(rt._REC_CUES.pattern, rt._REC_CUES.pattern), rt._REC_CUES.flags)
    assert not _holds_stem(parsed.data, [s for s in _STEMS if s != "rodaj"])
    assert not _holds_stem(sre_parse.parse(r"\bto\s+(?:film|tape)\b").data, ["film"])
    # a prefix moved out of a group counts only with every alternative after it
    assert _holds_stem(sre_parse.parse(r"\bziv(?:ych|eho)\s").data, ["zivy", "zive"])
    assert not _holds_stem(sre_parse.parse(r"\bziv(?:ych|ot)\s").data, ["zivy", "zive"])
    assert not _holds_stem(sre_parse.parse(r"\bzi\w*v(?:ych|eho)\s").data, ["zivy", "zive"])


def test_only_the_twins_read_as_ascii_letters() -> None:
    letters = re.compile(f"[{string.ascii_lowercase}]", re.IGNORECASE)
    twins = {
        chr(c) for c in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(c)) is not None
    }
    assert twins == {c for c in "\u0130\u0131\u017f\u212a" if CASE_TWINS.search(c)}


def test_a_skipped_line_never_names_filming() -> None:
    text = "\n".join(
        [
            "XML přístup k výsledkům, IP 192.0.2.1",
            "Dobrý den, posíláme žádost.\r\nNATÁČENÍ zrušeno\rFilming cancelled",
            "We ask for access to the results server.\u2028Natáčení: ne\f",
            "the camera crew will RECORD at the collection point",
            "Pozdravy, tým Zprávy",
            "recor\u0130ng\x85\u017fhoot",
            "",
            "nahrávání",
        ]
    ).translate(rt._FOLD)
    kept = rt._filming_lines(text)
    assert kept == [ln for ln in text.splitlines() if ln in kept]
    assert [ln for ln in text.splitlines() if rt._REC_CUES.search(ln)] == [
        ln for ln in kept if rt._REC_CUES.search(ln)
    ]
    assert kept == [
        "NATACENI zruseno",
        "Filming cancelled",
        "Nataceni: ne",
        "the camera crew will RECORD at the collection point",
        "recor\u0130ng",
        "\u017fhoot",
        "nahravani",
    ]
