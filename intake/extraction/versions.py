"""Which of several attached documents the covering text says holds.

An applicant sometimes attaches two versions of the form (last election's and this one's,
a first and a corrected draft) and says in the covering text which one counts: by the file's
name ("zadost_v1.docx neplatí"), or by what tells the files apart without naming them - the
year in the name ("platí ten s rokem 2025"), the version number ("valid is version 2"), the
file type ("the PDF is the right one"), an ordinal ("ten první jsem přiložil omylem", "the
second one is obsolete") or age ("novější platí"). A clause naming one file that way and
calling it valid leaves out the others; a clause calling it old, wrong or sent only for
comparison leaves it out. Which file the words mean is a reading of a free sentence: the
caller keeps the address fields unsure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intake.extraction.sections import OLD_WORDS

_DISOWN = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdefhijlmnoprsuvwzí])\b(?:"
    + OLD_WORDS
    + r"|nepla[tť][ií]\w*|neplat\w*|neberte|nebera\w*|"
    r"nebrat|ignor\w*|disregard\w*|omylem|omylom|by\s+mistake|in\s+error|mistaken\w*|"
    r"wrong\w*|chybn\w*|nesprávn\w*|nespravn\w*|nepoužív\w*|nepouziv\w*|nepoužij\w*|nepouzij\w*|"
    r"(?:už|již|uz|jiz)\s+(?:ne|nie)\w*|do\s+not\s+use|don'?t\s+use|not\s+(?:valid|current|"
    r"relevant|needed)|srovnán\w*|srovnan\w*|porovnán\w*|porovnan\w*|compar\w*|rozdíl\w*|"
    r"rozdiel\w*|differen\w*|for\s+(?:your\s+)?(?:information|reference)|pro\s+informaci|"
    r"informativn\w*|zrušen\w*|zrusen\w*|nahrazen\w*|nahraden\w*)\b",
    re.IGNORECASE,
)
"""A clause calling what it names old, wrong, sent by mistake or only for comparison."""
_VALID = re.compile(
    r"(?=[acfhlnoprstuvbřz])\b(?:plat[íi]|platn\w*|valid|holds?|counts?|current\w*|aktuáln\w*|"
    r"aktualn\w*|správn\w*|spravn\w*|right|correct\w*|opraven\w*|final\w*|fináln\w*|"
    r"relevant\w*|rozhoduj\w*|use|použ[ií]\w*|pouz[ií]\w*|berte|zpracujte|spracujte|"
    r"řiďte|ridte|riaďte|zohledn\w*)\b",
    re.IGNORECASE,
)
"""A clause calling what it names the valid one."""
_ADDRESS_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:ip\b|adres\w*|address\w*|server\w*|stroj\w*)", re.IGNORECASE
)
"""An address named right after an old word: the words are about the addresses, not about
the file ("verze 2, staré adresy už neplatí")."""
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n")
_CLAUSE = re.compile(r",\s+|\s[-–—]\s|\s(?:a|ale|but|and|zatímco|kým|whereas|while)\s")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VERSION_IN_NAME = re.compile(
    r"(?:^|[^a-z])(?:v|ver|verze|verzia|version|rev)[ _.-]?(\d{1,2})(?!\d)"
)
_ORDINALS = (
    r"prvn\w*|prv[áýéoua]\w*|first|1st",
    r"druh[ýáéouí]\w*|second|2nd",
    r"třet\w*|tret\w*|third|3rd",
)
_TO_DOCUMENT = (
    r"(?:\s+(?:\w+\s+)?(?:verz\w*|version|formul\w*|form|příloh\w*|priloh\w*|attach\w*|"
    r"soubor\w*|súbor\w*|file|dokument\w*|document|one|žádost\w*|ziadost\w*|žiadost\w*|"
    r"pdf|docx?|xlsx?|odt))"
)
_COUNTED = r"(?:ip\b|adres\w*|address\w*|server\w*|stroj\w*|řád\w*|riad\w*|line|row|rok\w*|year)"
"""What an ordinal may count other than the attached files."""
_TYPES = {
    "pdf": r"pdf\w*",
    "docx": r"docx?|word\w*",
    "doc": r"docx?|word\w*",
    "odt": r"odt",
    "xlsx": r"xlsx?|excel\w*",
    "xls": r"xlsx?|excel\w*",
    "ods": r"ods",
    "rtf": r"rtf",
}
_NEWER = re.compile(r"\b(?:nov[ěe]j[šs]\w*|newer|latest|nejnov[ěe]j[šs]\w*|later)\b", re.IGNORECASE)
_OLDER = re.compile(
    r"\b(?:star[šs]\w*|older|earlier|dřívějš\w*|predošl\w*|předchoz\w*)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Mark:
    """What names one file in a clause."""

    pattern: re.Pattern[str]
    file: str


def _word(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(?:" + body + r")(?![\w])", re.IGNORECASE)


def _rank(names: dict[str, str]) -> dict[str, int] | None:
    """Each file's age (0 the oldest) by the years, else version numbers, in the names."""
    for read in (_YEAR.findall, _VERSION_IN_NAME.findall):
        found = {f: read(n) for f, n in names.items()}
        values = [int(v[-1]) for v in found.values() if len(v) >= 1]
        if len(values) == len(names) and len(set(values)) == len(values):
            order = sorted(names, key=lambda f: int(found[f][-1]))
            return {f: i for i, f in enumerate(order)}
    return None


def _marks(files: Sequence[str]) -> list[_Mark]:
    """The ways a clause names one of ``files`` (in attached order) without its whole name."""
    names = {f: f.rsplit("/", 1)[-1].lower() for f in files}
    out: list[_Mark] = []
    years = {f: set(_YEAR.findall(n)) for f, n in names.items()}
    versions = {f: set(_VERSION_IN_NAME.findall(n)) for f, n in names.items()}
    for f in files:
        for y in years[f] - set().union(*(years[g] for g in files if g != f)):
            out.append(_Mark(_word(y), f))
        for v in versions[f] - set().union(*(versions[g] for g in files if g != f)):
            body = r"(?:verz\w*|version|verzi\w*|v\.?)\s*(?:č\.\s*)?" + v
            out.append(_Mark(_word(body), f))
        ext = names[f].rsplit(".", 1)[-1]
        same_type = [
            g
            for g in files
            if names[g].rsplit(".", 1)[-1] in _TYPES
            and re.fullmatch(_TYPES.get(ext, "$^"), names[g].rsplit(".", 1)[-1])
        ]
        if ext in _TYPES and same_type == [f]:
            out.append(_Mark(_word(_TYPES[ext]), f))
    rank = _rank(names)
    by_age = sorted(files, key=lambda f: rank[f]) if rank else list(files)
    for i, ordinal in enumerate(_ORDINALS[: len(files)]):
        # "the first one", "druhý formulář", "ten první": the first by version when the
        # names carry one, else the first attached
        out.append(
            _Mark(re.compile(r"\b(?:" + ordinal + r")\b" + _TO_DOCUMENT, re.IGNORECASE), by_age[i])
        )
        out.append(
            _Mark(
                re.compile(
                    r"\b(?:ten|ta|to|the|tá|tú)\s+(?:" + ordinal + r")\b"
                    r"(?!\s+(?:\w+\s+)?" + _COUNTED + ")",
                    re.IGNORECASE,
                ),
                by_age[i],
            )
        )
        # an ordinal opening its clause, the noun left out ("První prosím ignorujte"), not
        # one counting addresses or rows ("První adresa je produkční")
        bare = r"^\s*(?:" + ordinal + r")\b(?!\s+(?:\w+\s+)?" + _COUNTED + ")"
        out.append(_Mark(re.compile(bare, re.IGNORECASE), by_age[i]))
    if rank:
        out.append(_Mark(_NEWER, by_age[-1]))
        out.append(_Mark(_OLDER, by_age[0]))
    return out


def _named(clause: str, files: Sequence[str], marks: list[_Mark]) -> set[str]:
    low = clause.lower()
    named = {f for f in files if f.rsplit("/", 1)[-1].lower() in low}
    return named | {m.file for m in marks if m.pattern.search(clause)}


def disowned_files(
    own: str, files: Sequence[str], gives_addresses: Callable[[str], bool]
) -> set[str]:
    """The ``files`` (in attached order) the covering text ``own`` leaves out: each clause
    naming one file and calling it old, wrong or for comparison leaves that one out; one
    calling it the valid one leaves out the others. A file named only by a mark (a year,
    a version, a type, an ordinal) counts when at least two files give addresses
    (``gives_addresses``): two versions of the form."""
    marks: list[_Mark] = []
    if sum(1 for f in files if gives_addresses(f)) >= 2:
        marks = _marks(files)
    out: set[str] = set()
    for sentence in _SENTENCE.split(own):
        named = _named(sentence, files, marks)
        if not named:
            continue
        parts = [sentence] if len(named) == 1 else _clauses(sentence, files, marks)
        for part in parts:
            one = _named(part, files, marks)
            if len(one) == 2:
                out |= _replaced(part, files, marks)
            if len(one) != 1:
                continue
            # an age word naming the file ("Platí ten starší") neither disowns it
            ages = (
                []
                if any(_by_name(part, f) for f in one) or not marks
                else [a.span() for a in (*_OLDER.finditer(part), *_NEWER.finditer(part))]
            )
            if any(
                not _ADDRESS_NOUN.match(part, m.end()) and not _within(m, ages)
                for m in _DISOWN.finditer(part)
            ):
                out |= one
            elif _VALID.search(part):
                out |= set(files) - one
    return out


_REPLACES = re.compile(
    # "A replaces B", "A nahrazuje B", "A nahrádza B", "A ersetzt B", "A supersedes B"
    r"\b(?:replac(?:es|ing)|supersed(?:es|ing)|nahrazuj\w*|nahradí|nahrádza\w*|nahradzuj\w*|"
    r"ersetzt(?!\s+durch)|zastępuje|remplace)\b"
    # "B is replaced by A", "B nahrazuje A" in the passive: "B je nahrazen(a) A"
    r"|\b(?P<passive>(?:replaced|superseded)\s+by|nahrazen[aáoéý]?|nahraden[aáoéý]?|"
    r"ersetzt\s+durch|zastąpion\w*)\b",
    re.IGNORECASE,
)


def _replaced(clause: str, files: Sequence[str], marks: list[_Mark]) -> set[str]:
    """A clause naming two files with a verb of replacing between them: the one replaced
    ("tabulka.xlsx nahrazuje adresy v žádost.pdf", "the PDF is superseded by the sheet")."""
    verb = _REPLACES.search(clause)
    if verb is None:
        return set()
    before = _named(clause[: verb.start()], files, marks)
    after = _named(clause[verb.end() :], files, marks)
    if len(before) != 1 or len(after) != 1 or before == after:
        return set()
    return before if verb.group("passive") else after


def _by_name(clause: str, file: str) -> bool:
    return file.rsplit("/", 1)[-1].lower() in clause.lower()


def _within(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start <= m.start() and m.end() <= end for start, end in spans)


def _clauses(sentence: str, files: Sequence[str], marks: list[_Mark]) -> list[str]:
    """The clauses of a sentence naming several files, a clause naming none joined to the
    one before ("the Word file was a draft, the PDF is what we signed and what counts")."""
    out: list[str] = []
    for part in _CLAUSE.split(sentence):
        if out and not _named(part, files, marks):
            out[-1] += " " + part
        else:
            out.append(part)
    return out
