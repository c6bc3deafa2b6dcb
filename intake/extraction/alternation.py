"""A large alternation read quicker: ``grouped`` turns the alternatives of a pattern (its
top-level ``|``) into a trie of their leading literal characters (``natac…|natoc…|nakruc…`` →
``na(?:t(?:ac…|oc…)|kruc…)``), so that at a position of the text the engine tries one branch
per first character instead of every alternative in turn. The matches stay the same (a proof:
``tests/unit/test_alternation.py``): alternatives move only past ones that start with another
literal character (the two can never both match at one position), and the order of the rest
is kept, so the leftmost alternative that matches is still the one that matches.

In a case-blind pattern (``re.IGNORECASE``) a literal reads every character whose lower case
(the engine's, ``_sre.unicode_tolower``) is its own or one of its own's extra cases
(``re._casefix``: "i" and "ı", "s" and "ſ" …): an alternative moves past another only when the
two sets of lower cases share none, and alternatives merge only under the same literal as
written, so the written letters stay. Capturing groups never move (moving one would renumber
the groups)."""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterator
from re import _casefix  # type: ignore[attr-defined]
from typing import NamedTuple

_META = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("*+?{")
_BOUNDARY = r"(?<!\w.)"
"""``\\b`` before a word character, moved after it: a literal first (the trie reads it)."""


class _Alt(NamedTuple):
    tokens: tuple[str, ...]
    """The leading literal characters (as written), ``_BOUNDARY`` after the first if any."""
    rest: str


_SPECIAL = re.compile(r"[\\\[\]()|]")
"""The characters that may shape a pattern's structure: an escape, a class's brackets, a
group's parentheses, a bar (every other character is skipped by one search)."""


def _significant(pattern: str) -> Iterator[tuple[int, str]]:
    """Each "(", ")" and "|" of ``pattern`` that is neither escaped nor inside a character
    class, with its index: the one scanner of ``_scan`` and ``_captures``."""
    i, in_class = 0, False
    while (m := _SPECIAL.search(pattern, i)) is not None:
        i = m.start()
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the end
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"
            continue
        elif c != "]":
            yield i, c
        i += 1


def _scan(pattern: str) -> list[tuple[int, int, str]]:
    """The top-level ``|`` and groups of ``pattern``: (start, end, kind) with kind "|" for a
    bar (end = start + 1) or the group's opener ("(?:", "(?=", "(", …) for a group (end: after
    its ")")."""
    out: list[tuple[int, int, str]] = []
    depth, opened, opener = 0, 0, ""
    for i, c in _significant(pattern):
        if c == "(":
            if depth == 0:
                opened = i
                opener = _OPENER.match(pattern, i).group()  # type: ignore[union-attr]
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                out.append((opened, i + 1, opener))
        elif depth == 0:
            out.append((i, i + 1, "|"))
    return out


_OPENER = re.compile(r"\((?:\?(?:P<\w+>|<[=!]|[:=!>]|P=|#|\(|[-aiLmsux]+:?))?")
"""How a group opens: "(" (it captures), "(?P<name>", "(?:", "(?=", "(?<!", "(?i:" …"""
_READ_INSIDE = frozenset(("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "("))
"""Groups whose alternatives are regrouped in turn (not one with flags of its own, whose
letters may read other cases, nor a back reference, a comment or a condition)."""


_NO_CAPTURE = re.compile(r"\(\?(?:[:=!>#]|<[=!]|[-aiLmsux]+:?)")
"""A group that captures nothing: non-capturing, a lookaround, atomic, a comment, flags."""


def _captures(alt: str) -> bool:
    """Whether an alternative holds a capturing group, read from its text (a named one, a
    back reference or a condition count as one: whatever may refer to a group's number)."""
    return any(c == "(" and not _NO_CAPTURE.match(alt, i) for i, c in _significant(alt))


def _split(pattern: str, fold: bool) -> list[str]:
    """The top-level alternatives of ``pattern``, each with its groups regrouped inside."""
    out: list[str] = []
    start, parts = 0, list[str]()
    for begin, end, kind in _scan(pattern):
        if kind == "|":
            out.append("".join(parts) + pattern[start:begin])
            start, parts = end, []
        elif kind in _READ_INSIDE or kind.startswith("(?P<"):
            head = begin + len(kind)
            parts.append(pattern[start:head] + _regroup(pattern[head : end - 1], fold) + ")")
            start = end
    out.append("".join(parts) + pattern[start:])
    return out


def _literal(alt: str, i: int) -> str | None:
    """The literal character written at ``alt[i]`` (as written), unless a quantifier follows."""
    if i >= len(alt):
        return None
    if alt[i] == "\\":
        token = alt[i : i + 2]
        if len(token) < 2 or token[1].isalnum() or token[1] == "_":
            return None  # a class (\w, \s, \d), an anchor or a numbered escape
    elif alt[i] in _META:
        return None
    else:
        token = alt[i]
    return None if alt[i + len(token) : i + len(token) + 1] in _QUANTIFIERS else token


def _parse(alt: str) -> _Alt:
    tokens: list[str] = []
    i = 0
    if alt.startswith("\\b"):
        first = _literal(alt, 2)
        if first is None or not re.fullmatch(r"\w", first):
            return _Alt((), alt)
        tokens, i = [first, _BOUNDARY], 2 + len(first)
    while (token := _literal(alt, i)) is not None:
        tokens.append(token)
        i += len(token)
    return _Alt(tuple(tokens), alt[i:])


def _lower_cases(c: str) -> frozenset[int]:
    """The lower cases of the characters a case-blind literal ``c`` reads (its own and its
    extra cases)."""
    low = _sre.unicode_tolower(ord(c))
    return frozenset((low, *_casefix._EXTRA_CASES.get(low, ())))


def _exclusive(a: str | None, b: str | None, fold: bool) -> bool:
    """Two first tokens that no text can match at one position (two different literals;
    case-blind: no lower case in common)."""
    if a is None or b is None or _BOUNDARY in (a, b):
        return False
    if fold:
        return _lower_cases(a[-1]).isdisjoint(_lower_cases(b[-1]))
    return a[-1] != b[-1]


def _trie(alts: list[_Alt], fold: bool) -> list[str]:
    """The alternatives grouped: one per first token, in the order that keeps every match."""
    groups: list[tuple[str | None, list[_Alt]]] = []
    for alt in alts:
        key = alt.tokens[0] if alt.tokens else None
        for j in range(len(groups) - 1, -1, -1):
            if key is not None and groups[j][0] == key:
                groups[j][1].append(alt)
                break
            if not _exclusive(groups[j][0], key, fold):
                groups.append((key, [alt]))
                break
        else:
            groups.append((key, [alt]))
    out: list[str] = []
    for key, members in groups:
        if key is None or len(members) == 1:
            out.extend("".join(a.tokens) + a.rest for a in members)
        else:
            inner = _trie([_Alt(a.tokens[1:], a.rest) for a in members], fold)
            out.append(key + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return out


def _regroup(pattern: str, fold: bool) -> str:
    alts = _split(pattern, fold)
    if len(alts) == 1 or any(_captures(a) for a in alts):
        return "|".join(alts)  # moving a capturing group would renumber the groups
    return "|".join(_trie([_parse(alt) for alt in alts], fold))


WRITTEN: dict[str, str] = {}
"""Each pattern ``grouped`` built, to the pattern as written (for the proof of the same
matches, ``test_alternation``; keyed by the fixed patterns of the rules)."""


def grouped(pattern: str, flags: int = 0) -> str:
    """``pattern`` (an alternation) with its alternatives grouped by their leading literal
    characters: the same matches, fewer alternatives tried at each position, when compiled
    with the same ``flags``. Not for a pattern compiled with ``re.VERBOSE``, nor with
    ``re.ASCII`` and ``re.IGNORECASE`` together (ASCII letters only would fold)."""
    read = re.compile(pattern, flags).flags
    if read & re.VERBOSE or read & (re.IGNORECASE | re.ASCII) == re.IGNORECASE | re.ASCII:
        raise ValueError("grouped: not for a pattern compiled with VERBOSE, or ASCII and IGNORECASE")
    return _grouped(pattern, bool(read & re.IGNORECASE))


def _grouped(pattern: str, fold: bool) -> str:
    out = _regroup(pattern, fold)
    WRITTEN[out] = pattern
    return out


_LARGE = 8
"""A case-blind pattern with fewer bars than this is left as written by ``regroup_case_blind``
(too few alternatives for a trie to pay)."""

READ_OFTEN = frozenset(
    {
        *(
            f"ips.{name}"
            for name in (
                "_ADDRESS_WORD", "_ALLOW_CELL", "_CORRECTION", "_COUNT_HINT", "_DROP_BEFORE",
                "_EXCLUDE", "_EXCLUDE_AFTER", "_FUTURE_REMOVAL", "_GONE", "_INSTEAD_OF_OCTET",
                "_IN_ITS_PLACE", "_KEPT_HEADING", "_LIST_LINE", "_NAT", "_NEGATED_IS",
                "_NEUTRAL", "_NEUTRAL_HINT", "_NEW_LIST", "_NEXT_WORD", "_NONE_OF_USE",
                "_NOT_FETCHING", "_NOT_NEEDED_RE", "_OCTET_HINT", "_OFFICE_SERVER",
                "_OLD_DOCUMENT", "_OLD_HEADER", "_ORDERED", "_PRESENT", "_PROD_CUES",
                "_RANGE_HEADER", "_REFUSED_AFTER", "_REMOVAL_HEADING", "_REPLY_FROM", "_ROW_REF",
                "_SAME_AS", "_SAME_WORD", "_SOMEONE_ELSES_AFTER", "_SUMMING_UP_HINT",
                "_TEST_CUES", "_UNNEEDED_LABEL", "_WORDED_RANGE",
                "_MOVED_HINT", "_STRIKE", "_TOOL_TARGET",
            )
        ),
        *(
            f"org.{name}"
            for name in (
                "_ACTS_FOR", "_APPLICANT_LABEL", "_CAPTION", "_FIELD_HEAD", "_FOR_A_CLIENT",
                "_FREELANCE", "_HOW_ONE_WORKS", "_LABEL_AT_END", "_LABEL_BARE", "_MUNICIPALITY",
                "_PREFIX_BARE", "_THIRD_PARTY",
            )
        ),
        *(
            f"request_types.{name}"
            for name in (
                "NOT", "_ABSENT_FROM_FORM", "_ANOTHER_ASKS", "_ASK", "_ASKING_WORD",
                "_CLOSE_NEGATION", "_CONDITION", "_CORRECTION_WORD", "_DEFERRED", "_ITEM_REF",
                "_MAIL_TEST", "_ONLY", "_OPTION", "_POINTS_BACK", "_PUT_OFF", "_VALUE",
                "_WITHDRAW", "_WROTE_LATER",
                "_LATER_BEFORE",
            )
        ),
    }
)
"""The large case-blind patterns ``regroup_case_blind`` groups (module.name), and no others:
building a grouped pattern (the trie, then compiling it a second time) costs about 2 ms of
import per pattern, paid by every process start (the CLI, tests spawning it). Round 53
measured each of the 329 candidates on the bench sample (``bench.instructions.sample(16)``,
its calls replayed on the pattern as written and grouped): these 71 saved at least 0.05 ms a
pass each, 96 % of the saving of all; 109 candidates were never called, the rest saved less.
Grouping only these cut import by about 0.5 s of CPU. Add a pattern here when a profile shows
its case-blind searches hot."""


def regroup_case_blind(namespace: dict[str, object]) -> None:
    """Every case-blind pattern of a module (its ``globals()``, called at the module's end)
    named in ``READ_OFTEN`` rebound to the pattern ``grouped``: the same matches (a proof:
    ``test_alternation``), read two to eight times quicker. A pattern another one was built
    from at import time (``_X_LOWER`` from ``_X.pattern``) keeps its text: ``WRITTEN`` maps
    the new one to it. A name in ``READ_OFTEN`` the module lacks is an error (renamed?)."""
    module = str(namespace["__name__"]).rsplit(".", 1)[-1]
    for key in READ_OFTEN:
        owner, _, name = key.partition(".")
        if owner != module:
            continue
        rx = namespace.get(name)
        if not isinstance(rx, re.Pattern) or not isinstance(rx.pattern, str):
            raise ValueError(f"regroup_case_blind: {key} is no pattern (renamed?)")
        if not rx.flags & re.IGNORECASE or rx.flags & (re.VERBOSE | re.ASCII):
            continue
        if rx.pattern.count("|") < _LARGE:
            continue
        out = _grouped(rx.pattern, fold=True)
        if out != rx.pattern:
            namespace[name] = re.compile(out, rx.flags)


def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that a text holds exactly where one of ``words`` is in it
    (``any_of(ws).search(t) is not None`` is ``any(w in t for w in ws)``), the words grouped
    by their leading letters: one search in place of a containment test per word (a proof:
    ``tests/unit/test_alternation.py``)."""
    if not words or not all(words):
        raise ValueError("any_of: words must be non-empty strings")
    return re.compile(grouped("|".join(re.escape(w) for w in words)))
