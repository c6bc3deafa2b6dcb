"""A large alternation read quicker: ``grouped`` turns the alternatives of a pattern (its
top-level ``|``) into a trie of their leading literal characters (``natac…|natoc…|nakruc…`` →
``na(?:t(?:ac…|oc…)|kruc…)``), so that at a position of the text the engine tries one branch
per first character instead of every alternative in turn. The matches stay the same (a proof:
``tests/unit/test_alternation.py``): alternatives move only past ones that start with another
literal character (the two can never both match at one position), and the order of the rest
is kept, so the leftmost alternative that matches is still the one that matches.

Only for a pattern compiled without ``re.IGNORECASE`` (a literal then reads itself only);
capturing groups never move (moving one would renumber the groups)."""

from __future__ import annotations

import re
from typing import NamedTuple

_META = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("*+?{")
_BOUNDARY = r"(?<!\w.)"
"""``\\b`` before a word character, moved after it: a literal first (the trie reads it)."""


class _Alt(NamedTuple):
    tokens: tuple[str, ...]
    """The leading literal characters (as written), ``_BOUNDARY`` after the first if any."""
    rest: str


def _scan(pattern: str) -> list[tuple[int, int, str]]:
    """The top-level ``|`` and groups of ``pattern``: (start, end, kind) with kind "|" for a
    bar (end = start + 1) or the group's opener ("(?:", "(?=", "(", …) for a group (end: after
    its ")")."""
    out: list[tuple[int, int, str]] = []
    depth, i, in_class, opened, opener = 0, 0, False, 0, ""
    while i < len(pattern):
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
        elif c == "(":
            if depth == 0:
                opened = i
                opener = _OPENER.match(pattern, i).group()  # type: ignore[union-attr]
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                out.append((opened, i + 1, opener))
        elif c == "|" and depth == 0:
            out.append((i, i + 1, "|"))
        i += 1
    return out


_OPENER = re.compile(r"\((?:\?(?:P<\w+>|<[=!]|[:=!>]|P=|#|\(|[-aiLmsux]+:?))?")
"""How a group opens: "(" (it captures), "(?P<name>", "(?:", "(?=", "(?<!", "(?i:" …"""
_READ_INSIDE = frozenset(("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "("))
"""Groups whose alternatives are regrouped in turn (not one with flags of its own, whose
letters may read other cases, nor a back reference, a comment or a condition)."""


def _captures(alt: str) -> bool:
    """Whether an alternative holds a capturing group (or cannot be read alone: as if)."""
    try:
        return re.compile(alt).groups > 0
    except re.error:
        return True


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, each with its groups regrouped inside."""
    out: list[str] = []
    start, parts = 0, list[str]()
    for begin, end, kind in _scan(pattern):
        if kind == "|":
            out.append("".join(parts) + pattern[start:begin])
            start, parts = end, []
        elif kind in _READ_INSIDE or kind.startswith("(?P<"):
            head = begin + len(kind)
            parts.append(pattern[start:head] + _regroup(pattern[head : end - 1]) + ")")
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


def _exclusive(a: str | None, b: str | None) -> bool:
    """Two first tokens that no text can match at one position (two different literals)."""
    return a is not None and b is not None and _BOUNDARY not in (a, b) and a[-1] != b[-1]


def _trie(alts: list[_Alt]) -> list[str]:
    """The alternatives grouped: one per first token, in the order that keeps every match."""
    groups: list[tuple[str | None, list[_Alt]]] = []
    for alt in alts:
        key = alt.tokens[0] if alt.tokens else None
        for j in range(len(groups) - 1, -1, -1):
            if key is not None and groups[j][0] == key:
                groups[j][1].append(alt)
                break
            if not _exclusive(groups[j][0], key):
                groups.append((key, [alt]))
                break
        else:
            groups.append((key, [alt]))
    out: list[str] = []
    for key, members in groups:
        if key is None or len(members) == 1:
            out.extend("".join(a.tokens) + a.rest for a in members)
        else:
            inner = _trie([_Alt(a.tokens[1:], a.rest) for a in members])
            out.append(key + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return out


def _regroup(pattern: str) -> str:
    alts = _split(pattern)
    if len(alts) == 1 or any(_captures(a) for a in alts):
        return "|".join(alts)  # moving a capturing group would renumber the groups
    return "|".join(_trie([_parse(alt) for alt in alts]))


WRITTEN: dict[str, str] = {}
"""Each pattern ``grouped`` built, to the pattern as written (for the proof of the same
matches, ``test_alternation``; keyed by the fixed patterns of the rules)."""


def grouped(pattern: str) -> str:
    """``pattern`` (an alternation) with its alternatives grouped by their leading literal
    characters: the same matches, fewer alternatives tried at each position. Only for a
    pattern compiled without ``re.IGNORECASE`` or ``re.VERBOSE``."""
    if re.compile(pattern).flags & (re.IGNORECASE | re.VERBOSE):
        raise ValueError("grouped: only for a pattern compiled without IGNORECASE or VERBOSE")
    out = _regroup(pattern)
    WRITTEN[out] = pattern
    return out
