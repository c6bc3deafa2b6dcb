"""The world's company-type designators ("SIA", "plc", "Kft.", "d.o.o.", "S.p.A." …) as a
regular-expression source, taken from the maintained list of the ``cleanco`` package rather
than written by hand. Imports nothing of ours.

A designator counts only where it is written the way a designator is, not the way a word of
the sentence is: upper case ("SIA", "UAB"), capitalised ("Oyj", "Ltda"), a form with dots or a slash
("d.o.o.", "A/S"), or in lower case an abbreviation that no word spells ("plc", "gmbh": no
vowel). Terms of
two letters without dots ("AS", "PS", "UK", "BA", "ok"; not "OÜ": a letter outside ASCII
spells no word of ours) and terms that are also ordinary words
or abbreviations of the texts we read ("VAT", "CIO", "company", "private", "e.g.") are left out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleanco.clean import get_unique_terms

from intake.extraction.names import unmarked

_WORDS = frozenset(
    {
        "vat", "gbr", "cio", "cic", "sep", "sem", "ans", "sal", "psu", "pse", "etat", "company",
        "private", "ent.", "coop.", "koop.", "and company", "& company", "e.g.", "p.c.", "p.p.",
        "c.v.", "a.d.", "s.s.", "e.c.", "e.e.", "e.u.", "rt.", "kv.", "bt.", "hf.", "ses.", "gte.",
        "dat", "zat", "aat", "tov", "teo", "fie", "ead", "sgr", "crl", "iks", "rhf", "fkf",
        "nuf", "stg", "tmi", "tdv", "qmj", "oaj", "cpt", "esv", "gie", "ood", "cxa", "sca",
        "scs", "scop", "fcp", "epe", "pte", "obrt", "peec", "mchj", "yoaj", "ovee", "mepe",
        "secs",
    }
)  # fmt: skip
"""Designators that are also words or abbreviations of our texts ("VAT", "CIO", "sep.",
"ent.", "s.s."), or so rare that a capitalised word of a sentence spells them more often
("Teo", "Tov", "Sca"): never a legal form."""
_TERM = re.compile(r"(?:[^\W\d_]|[.&/ ])+")
_VOWEL = re.compile(r"[aeiouy]")


def _written_forms(term: str) -> set[str]:
    """The ways ``term`` is written as a designator (see the module's docstring)."""
    letters = sum(c.isalpha() for c in term)
    marked = "." in term or "/" in term
    if letters < 2 or (letters < 3 and not marked and not _spelled_by_no_word(term)):
        return set()
    forms = {term.upper()}
    no_vowel = _VOWEL.search(term) is None
    if letters >= 3:
        forms.add(term[0].upper() + term[1:])
    if letters >= 3 and not term.startswith("&") and (marked or no_vowel):
        forms.add(term)
    if letters < 3:  # "S.A.", "A/S", "OÜ": two letters only in capitals
        forms = {term.upper()}
    return forms


def _spelled_by_no_word(term: str) -> bool:
    """A term of two letters with a letter outside ASCII ("oü", Estonian): no English or
    Czech abbreviation spells it, so in capitals it is a designator like "S.A."."""
    return sum(c.isalpha() for c in term) == 2 and not term.isascii()


def _pattern(form: str) -> list[str]:
    """``form`` as a regex, one piece per character: a dot may be followed by a space ("S.
    A."), spaces may be many."""
    out = []
    for i, c in enumerate(form):
        if c == ".":
            out.append(r"\." if i == len(form) - 1 else r"\.\s?")
        elif c == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
    return out


def _without_marks(form: str) -> str:
    """``form`` without its diacritics: a foreign form written on a keyboard without them
    ("OU" for Estonian "OÜ", "spolka z o.o." for "spółka z o.o.") is still that form."""
    return unmarked(form)


def designator_forms(terms: Iterable[str]) -> list[str]:
    """Every written form of ``terms`` (cleanco's lower-case terms), longest first."""
    forms: set[str] = set()
    for raw in terms:
        term = raw.strip()
        if term in _WORDS or not _TERM.fullmatch(term):
            continue  # a word of our texts, or a term the list spells in another script
        forms |= (written := _written_forms(term))
        forms |= {bare for f in written if (bare := _without_marks(f)) != f and bare.isascii()}
    return sorted(forms, key=lambda f: (-len(f), f))


def _alternation(forms: Sequence[str]) -> str:
    """``forms`` as one alternation factored by first character (each branch tried only
    where its first character stands, so the long list costs little)."""
    by_first: dict[str, list[str]] = {}
    for f in forms:
        by_first.setdefault(f[0], []).append(f)
    branches = []
    for first, group in sorted(by_first.items()):
        rests = "|".join("".join(_pattern(f)[1:]) for f in group)
        branches.append(f"{_pattern(first)[0]}(?:{rests})")
    return "(?:" + "|".join(branches) + ")"


_SUPPLEMENT = (
    "dac", "clg", "ulc", "gesmbh", "ges.m.b.h.", "ges.mbh", "ehf.", "sp. k.", "sp. j.", "s.a.u.",
    "s.l.u.", "scrl", "srls", "s.r.l.s.", "j.d.o.o.", "eood", "s.p.r.l.", "sa/nv", "nv/sa", "kft",
    "zrt", "nyrt", "mtü",
)  # fmt: skip
"""Designators in use that cleanco's list lacks: Irish "DAC" (designated activity company),
"CLG" (company limited by guarantee), "ULC"; Austrian "GesmbH"; Icelandic "ehf."; Polish
partnerships "sp. k.", "sp. j."; Iberian single-member "S.L.U.", "S.A.U."; Belgian "SCRL",
"SPRL" dotted, bilingual "SA/NV"; Italian simplified "Srls"; Croatian "j.d.o.o."; Bulgarian
"EOOD"; the Hungarian forms without their dot ("Kft", "Zrt", "Nyrt"); Estonian "MTÜ" (a
non-profit association)."""
_CAPITALS_ONLY = ("EAD", "OOD", "SL")
"""Bulgarian "EAD" (single-owner joint-stock company) and "OOD" (limited company): left out
of the list as words in other spellings ("Ead", "ood"), a designator in capitals after a name
("Balkan Press Agency EAD"); Spanish and Catalan "SL" (limited company) written without its
dots ("Xarxa Informativa del Penedès, SL"), two letters left out as any other ("SLU" stays
out: a university's initials, "Radio SLU")."""
_OWN_SCRIPT = (
    "ЕООД", "ООД", "ЕАД", "АД", "ТОВ", "ТзОВ", "ПрАТ", "ПАТ", "АТ", "ООО", "ОАО", "ЗАО", "ПАО",
    "АО", "д.о.о.", "Д.О.О.", "а.д.", "А.Д.", "Α.Ε.", "ΑΕ", "Ε.Π.Ε.", "ΕΠΕ", "Ι.Κ.Ε.", "ΙΚΕ",
    "Μ.Ι.Κ.Ε.", "Ο.Ε.", "Ε.Ε.",
)  # fmt: skip
"""Designators written in their own script, as written (capitals, or dotted as the Serbian
"д.о.о."): Bulgarian "ЕООД", "ООД", "ЕАД", "АД"; Ukrainian "ТОВ", "ТзОВ", "ПрАТ", "ПАТ",
"АТ"; Russian "ООО", "АО", "ПАО"; Serbian and Macedonian "д.о.о.", "а.д."; Greek "Α.Ε.",
"Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε.". cleanco's list spells few of them."""
DESIGNATORS = _alternation(
    sorted(
        {*designator_forms((*get_unique_terms(), *_SUPPLEMENT)), *_CAPITALS_ONLY, *_OWN_SCRIPT},
        key=lambda f: (-len(f), f),
    )
)
"""A regex source matching one company-type designator of the world as written (no bounds:
the caller puts them)."""
BARE_DESIGNATORS = tuple(
    sorted(
        {bare for t in (*get_unique_terms(), *_SUPPLEMENT) for f in _written_forms(t.strip()) if (bare := _without_marks(f)) != f and bare.isascii()}
        - {f for t in (*get_unique_terms(), *_SUPPLEMENT) for f in _written_forms(t.strip())}
    )
)
"""The designators written without the diacritics of their own spelling ("OU" for "OÜ"): a
name read by one of them is a guess (two capitals may be an abbreviation of anything)."""
