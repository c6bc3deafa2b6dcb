"""Sections of a document that the text marks as not current.

A spreadsheet's sheets, or a document's tables under their own headings, may give addresses
for the same use twice: last election's sheet and this year's, "Staré adresy" and "Nové
adresy", a table headed "Previous (2021)". A section whose heading calls it old, inactive or
no longer valid, or that the covering text names so ("adresy na listu 2021 už nepoužíváme",
"ignore the 2021 tab", "platí jen list 2025"), gives no address. Two sections giving the
same use where the text does not say which is current leave that use in doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from intake.extraction.alternation import regroup_case_blind

OLD_WORDS = (
    # old, earlier, last year's: Czech, Slovak, English, German, Polish, French, Spanish,
    # Italian
    r"star[éáýeaiyoą]\w*|starš\w*|old|older|previous|former|formerly|earlier|"
    r"last\s+(?:year'?s|election'?s)|lo[ňn]sk\w*|vla[ňn]aj[šs]\w*|zeszłoroczn\w*|"
    r"p[řr]edchoz[íi]\w*|predchádzajúc\w*|predchadzajuc\w*|d[řr][íi]v[ěe]j[šs][íi]\w*|"
    r"predošl\w*|poprzedni\w*|vorjährig\w*|vorherig\w*|alte[nrs]?|ehemalig\w*|ancien\w*|"
    r"antigu[oa]s?|viej[oa]s?|anterior\w*|vecchi\w*|precedent\w*|"
    # inactive, unused, not valid, retired
    r"neaktivn\w*|inactive|inaktiv\w*|nieaktywn\w*|nieaktualn\w*|unused|not\s+used|"
    r"nepoužívan\w*|nepouzivan\w*|nepoužit\w*|nepouzit\w*|nevyužívan\w*|nieużywan\w*|"
    r"nieuzywan\w*|neplatn\w*|invalid|not\s+valid|ungültig\w*|obsolete|outdated|"
    r"zastaral\w*|expired|retired|superseded|replaced|nahrazen\w*|zrušen\w*|zrusen\w*|"
    # replaced or outdated in German, Slovak and Polish: "Alt (ersetzt)", "abgelöst",
    # "veraltet", "nahradené", "vymenené", "zastąpione"
    r"ersetzt|abgelöst|abgelost|veraltet\w*|nahraden\w*|vym[ěe]n[ěe]n\w*|zast[ąa]pion\w*|"
    r"inutilis\w*|no\s+(?:usad[oa]s?|utilizad[oa]s?|activ[oa]s?|vigentes?)|en\s+desuso|"
    r"non\s+(?:attiv|utilizzat|valid)\w*|no\s+longer\s+(?:used|valid|in\s+use|active)"
)
"""Words calling a section, a row or an address old or out of use."""
_OLD = re.compile(
    # the lookahead of the words' first letters only makes the search quick; a sheet's title
    # may also call it an archive or say it is no longer valid ("2024 (neplatí)", "archiv")
    r"(?=[adefilnoprsuvz])\b(?:" + OLD_WORDS + r"|neplatí|neplati|neplatia|archiv\w*|"
    r"p[uůô]vodn\w*|bisherig\w*|dosavadn\w*)\b",
    re.IGNORECASE,
)
_GONE_CLAUSE = re.compile(
    r"(?=[adefijilnoprsuvzí])\b(?:" + OLD_WORDS + r"|nepoužív\w*|nepouziv\w*|nepoužije\w*|"
    r"(?:už|již|uz|jiz)\s+(?:ne|nie)\w*|ignor\w*|disregard\w*|neplatí|neplati|neplat[ií]\w*|"
    r"nebert\w*|nevšímejte|nevsimejte|do\s+not\s+use|don'?t\s+use|no\s+longer|nicht\s+mehr|"
    r"już\s+nie|ya\s+no|plus\s+(?:utilisé|valable)\w*|non\s+più)\b",
    re.IGNORECASE,
)
"""A clause saying what it names is old, not used or to be ignored."""
_SAMPLE = re.compile(
    # a sample, an example or a template to fill in: Czech, Slovak, English, German, Polish,
    # French, Spanish, Italian
    r"(?=[vuphsetdmbwejnai])\b(?:vzor\w*|ukázk\w*|ukazk\w*|ukážk\w*|příklad\w*|priklad\w*|"
    r"príklad\w*|example\w*|sample\w*|template\w*|demo|dummy|muster\w*|beispiel\w*|"
    r"wz[óo]r\w*|przykład\w*|przyklad\w*|exemple\w*|mod[eè]le|ejemplo\w*|plantilla\w*|"
    r"esempi\w*|modello|návod\w*|navod\w*|instructions?|anleitung\w*|ausf[üu]ll\w*)\b",
    re.IGNORECASE,
)
"""Words calling a section a sample or a template to fill in ("Vzor vyplnění", "Example"):
its addresses are not the applicant's."""
_CURRENT = re.compile(
    r"(?=[acnptvjlopsu])\b(?:plat[íi]|platn\w*|current\w*|valid|aktuáln\w*|aktualn\w*|"
    r"nov[éáýaey]\w*|new|this\s+year'?s|letošn\w*|tohoročn\w*|use|použ[ií]\w*|pouz[ií]\w*|"
    r"vezm\w*|take|gilt|gültig\w*|aktuell\w*|obowiązuj\w*|aktualn\w*|vigente)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(
    r"(?=[jlpontsu])\b(?:jen|jenom|pouze|len|iba|only|nur|tylko|solo|seulement|uniquement)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;!?\n]+|,\s+(?=\S)|\s[-–—]\s")
_HEADING_MAX = 60
_ADDRESS_LIKE = re.compile(r"\d\.\d|\t|\|")


@dataclass(frozen=True)
class Section:
    """A part of a document under its own heading line: lines ``first`` to ``last``."""

    title: str
    first: int
    last: int
    note: str = ""
    """A short line of words right under the heading ("NEPLATNÉ – volby 2021"): a note on
    the section, read with its title."""


def sections(text: str) -> list[Section]:
    """The parts of ``text`` opened by a heading: a short line without an address or cells,
    at the start or after a blank line, with a line right below it (a spreadsheet's sheet
    name over its rows, a heading over a table)."""
    lines = text.split("\n")
    heads: list[int] = []
    for i, line in enumerate(lines):
        title = line.strip()
        if (
            title
            and len(title) <= _HEADING_MAX
            and (i == 0 or not lines[i - 1].strip())
            and i + 1 < len(lines)
            and lines[i + 1].strip()
            and _ADDRESS_LIKE.search(title) is None
        ):
            heads.append(i)
    return [
        Section(
            lines[h].strip().rstrip(":"),
            h + 1,
            (heads[k + 1] if k + 1 < len(heads) else len(lines)),
            _note(lines[h + 1]),
        )
        for k, h in enumerate(heads)
    ]


def _note(line: str) -> str:
    """The line under a heading when it is a note of words, not a row of cells or values."""
    text = line.strip()
    return text if len(text) <= _HEADING_MAX and _ADDRESS_LIKE.search(text) is None else ""


_NEW = re.compile(
    r"(?=[nlt])\b(?:nov[éáýaeyio]\w*|new|neu\w*|nouve\w*|nuev\w*|nuov\w*|letošn\w*|"
    r"tohoročn\w*|this\s+year'?s)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 6


def _old_title(title: str) -> bool:
    """A heading calling its section old ("Staré adresy", "2021 – neplatné", "Previous
    (inactive)"), not a sentence and not one naming the new too ("Staré a nové adresy")."""
    return (
        _OLD.search(title) is not None
        and len(title.split()) <= _TITLE_WORDS
        and not title.endswith(".")
        and _NEW.search(title) is None
    )


def _sample_title(title: str) -> bool:
    """A heading calling its section a sample or template ("Vzor vyplnění", "Example
    (do not edit)", "Beispiel"), short and not a sentence."""
    return (
        _SAMPLE.search(title) is not None
        and len(title.split()) <= _TITLE_WORDS
        and not title.endswith(".")
    )


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    """The pattern of a section's title, built once per title (the titles repeat)."""
    return re.compile(r"(?<![\w])" + re.escape(title) + r"(?![\w])", re.IGNORECASE)


def _named_in(title: str, clauses: list[str]) -> list[str]:
    """The clauses of the covering text naming the section's title."""
    pattern = _title_pattern(title)
    return [c for c in clauses if pattern.search(c)]


@dataclass(frozen=True)
class Status:
    """What the text says of a document's sections: those not current, and whether it says
    which one is."""

    old: frozenset[Section]
    current: frozenset[Section]
    samples: frozenset[Section] = frozenset()
    """The sections headed as a sample or template (also in ``old``): they give no address,
    and their dropping puts no value in doubt."""


def status(parts: list[Section], cover: str) -> Status:
    """Old: a section whose heading calls it old or out of use, or that a clause of the
    covering text naming it calls so; with one section named current with "only" ("platí
    jen list 2025", "use only the 2025 sheet"), every other one is old."""
    old: set[Section] = set()
    current: set[Section] = set()
    only = False
    clauses = _CLAUSE.split(cover) if cover else []
    samples = {s for s in parts if _sample_title(s.title)}
    for s in parts:
        if _old_title(s.title) or (s.note and _old_title(s.note)) or s in samples:
            old.add(s)
            continue
        for clause in _named_in(s.title, clauses):
            if _GONE_CLAUSE.search(clause):
                old.add(s)
            elif _CURRENT.search(clause):
                current.add(s)
                only = only or _ONLY.search(clause) is not None
    if only and len(current) == 1:
        old |= set(parts) - current
    return Status(frozenset(old), frozenset(current - old), frozenset(samples))


regroup_case_blind(globals())  # the large case-blind patterns, read quicker (``alternation``)
