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
    r"(?=[acfhlnoprstuvbřzmgwo])\b(?:plat[íi]|platn\w*|valid|holds?|counts?|current\w*|aktuáln\w*|"
    r"aktualn\w*|správn\w*|spravn\w*|right|correct\w*|opraven\w*|final\w*|fináln\w*|"
    r"relevant\w*|rozhoduj\w*|use|použ[ií]\w*|pouz[ií]\w*|berte|zpracujte|spracujte|"
    r"řiďte|ridte|riaďte|zohledn\w*|maßgeblich|massgeblich|gültig\w*|gultig\w*|"
    r"ważn\w*|wazn\w*|obowiązuj\w*|obowiazuj\w*|prevail\w*|precedence|vorrang\w*|"
    r"přednost\w*|prednost\w*)\b",
    re.IGNORECASE,
)
"""A clause calling what it names the valid one."""
_ADDRESS_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:ip\b|adres\w*|address\w*|server\w*|stroj\w*)", re.IGNORECASE
)
"""An address named right after an old word: the words are about the addresses, not about
the file ("verze 2, staré adresy už neplatí")."""
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n")
_CLAUSE = re.compile(r",\s+|;\s*|\s[-–—]\s|\s*\(|\)|\s(?:a|ale|but|and|und|sowie|oraz|és|zatímco|kým|whereas|while)\s")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VERSION_IN_NAME = re.compile(
    r"(?:^|[^a-z])(?:v|ver|verze|verzia|version|rev)[ _.-]?(\d{1,2})(?!\d)"
)
_ORDINALS = (
    r"prvn\w*|prv[áýéoua]\w*|first|1st|erste\w*|pierwsz\w*|első|premi[eè]re?|primer[oa]?|"
    r"primeir[oa]",
    r"druh[ýáéouí]\w*|second|2nd|zweite\w*|drug[aiey]\w*|második|seconde|deuxième|second[oa]|"
    r"segund[oa]",
    r"třet\w*|tret\w*|third|3rd|dritte\w*|trzeci\w*|harmadik|troisième|terz[oa]|tercer[oa]?|"
    r"terceir[oa]",
)
_AFTER_ARTICLE = ("|prim[ao]", "", "")
"""Ordinals read only after an article ("la prima": not the Czech "prima", great)."""
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
_KINDS = (
    # a form ("formular_XML.docx", "form.pdf", "Antragsformular.odt") and how a clause names it
    (re.compile(r"formul[aá]\w*|(?<![^\W\d_])form(?![^\W\d_])|formulier\w*|formularz\w*"),
     r"formul[áa]ř\w*|formular\w*|formulier\w*|formularz\w*|formulaire\w*|formulario\w*|form"),
    # a (cover) letter ("pruvodni_dopis.pdf", "letter.pdf", "Anschreiben.pdf") and its names
    (re.compile(r"dopis\w*|letter|pr[uů]vodn\w*|sprievodn\w*|anschreiben|brief|pismo|lettre|lettera|carta"),
     r"dopis\w*|letter|anschreiben|brief\w*|pismo|pismie|lettre|lettera|carta"),
)
"""A document's kind read in its file's name, and the words naming a document of that kind:
"platí formulář" names the form when one file is a form and another a letter."""
_NEWER = re.compile(r"\b(?:nov[ěe]j[šs]\w*|newer|latest|nejnov[ěe]j[šs]\w*|later)\b", re.IGNORECASE)
_OLDER = re.compile(
    r"\b(?:star[šs]\w*|older|earlier|dřívějš\w*|predošl\w*|předchoz\w*)\b", re.IGNORECASE
)
_CORRECTED = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[cfjknoprsuvbz])\b(?:opraven\w*|oprav[aueěy]|upraven\w*|corrected|updated|revised|final\w*|"
    r"fin[aá]ln\w*|korrigiert\w*|berichtigt\w*|aktualisiert\w*|poprawion\w*|zaktualizowan\w*|"
    r"javított\w*|javitott\w*|corrigé\w*|corrige\w*|korigovan\w*|nov[áéouýa]\s+verz\w*|"
    r"new\s+version|neue\s+fassung|nowa\s+wersj\w*)\b",
    re.IGNORECASE,
)
"""Words calling a document the corrected (the newer) version."""
_ORIGINAL = re.compile(
    r"(?=[pdoekuen])\b(?:p[uů]vodn\w*|p[oô]vodn\w*|original\w*|origin[aá]l\w*|ursprüngl\w*|"
    r"pierwotn\w*|oryginaln\w*|eredeti\w*|draft|koncept\w*|n[aá]vrh\w*|entwurf\w*)\b",
    re.IGNORECASE,
)
"""Words calling a document the original (the older) version or a draft."""


@dataclass(frozen=True)
class _Mark:
    """What names one file in a clause."""

    pattern: re.Pattern[str]
    file: str


def _word(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(?:" + body + r")(?![\w])", re.IGNORECASE)


_DATE_IN_NAME = re.compile(
    r"(?<!\d)(?:(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)|(\d{1,2})[-_.](\d{1,2})[-_.](20\d\d))(?!\d)"
)
"""A date in a file's name, year first ("2025-09-02", "20250902") or last ("02.09.2025")."""
_NEWER_IN_NAME = re.compile(
    r"(?<![^\W\d_])(?:oprav\w*|korig\w*|korekc\w*|correct\w*|fixed|final\w*|fin[aá]ln\w*|updat\w*|"
    r"aktualiz\w*|new|nov[aáyýée]|neu\w*|poprawion\w*|javított\w*|javitott\w*|corrig\w*)(?![^\W\d_])"
)
"""A word in a file's name marking it the corrected or newer version ("zadost_oprava.odt")."""
_OLDER_IN_NAME = re.compile(
    r"(?<![^\W\d_])(?:p[uů]vodn\w*|p[oô]vodn\w*|original\w*|origin[aá]l\w*|draft|koncept\w*|"
    r"n[aá]vrh\w*|entwurf|old|star[aáyýé]|ursprüng\w*|pierwotn\w*|eredeti)(?![^\W\d_])"
)
"""A word in a file's name marking it the original or a draft ("request_draft.pdf")."""


_STEM_NOISE = re.compile(r"\d+|(?<![^\W\d_])v(?=\d)|[\W_]+")


def same_stem(names: Sequence[str]) -> bool:
    """The file names are one name but for dates, version numbers and words calling a file
    the corrected or the original version ("zadost_v1.pdf", "zadost_2025-09-09_oprava.odt"):
    two versions of one document, not a form and a note correcting it ("oprava.txt")."""
    stems = {
        _STEM_NOISE.sub("", _OLDER_IN_NAME.sub("", _NEWER_IN_NAME.sub("", _base(n))))
        for n in names
    }
    return len(stems) == 1 and "" not in stems


def _base(name: str) -> str:
    """The file's name without its folder and type, in lower case."""
    return re.sub(r"\.\w{1,5}$", "", name.rsplit("/", 1)[-1].lower())


def _dates(name: str) -> list[str]:
    return [
        f"{m[0]}{m[1]}{m[2]}" if m[0] else f"{m[5]}{int(m[4]):02d}{int(m[3]):02d}"
        for m in _DATE_IN_NAME.findall(name)
    ]


def _by_word(name: str) -> list[str]:
    """"1" for a name calling its file the newer version, "0" the older."""
    new, old = bool(_NEWER_IN_NAME.search(name)), bool(_OLDER_IN_NAME.search(name))
    return ["1"] if new and not old else ["0"] if old and not new else []


def _rank(names: dict[str, str]) -> dict[str, int] | None:
    """Each file's age (0 the oldest) by the dates, years, else version numbers in the names,
    else by a word calling one file the corrected (or the original) version."""
    for read in (_dates, _YEAR.findall, _VERSION_IN_NAME.findall, _word_rank(names)):
        found = {f: read(n) for f, n in names.items()}
        values = [int(v[-1]) for v in found.values() if len(v) >= 1]
        if len(values) == len(names) and len(set(values)) == len(values):
            order = sorted(names, key=lambda f: int(found[f][-1]))
            return {f: i for i, f in enumerate(order)}
    return None


def _word_rank(names: dict[str, str]) -> Callable[[str], list[str]]:
    """Two files, one name calling its file the corrected or the original version and the
    other name silent ("zadost.pdf", "zadost_opravena.pdf"): the silent one is the other."""
    marked = {n: _by_word(n) for n in names.values()}
    given = [v[0] for v in marked.values() if v]
    if len(names) != 2 or len(given) != 1 or not same_stem(list(names.values())):
        return lambda n: marked.get(n, [])
    other = "0" if given[0] == "1" else "1"
    return lambda n: marked.get(n) or [other]


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
    for in_name, words in _KINDS:
        kind = [f for f in files if in_name.search(_base(names[f]))]
        if len(kind) == 1 and not any(o.search(_base(names[kind[0]])) for o, _ in _KINDS if o is not in_name):
            out.append(_Mark(_word(words), kind[0]))
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
                    r"\b(?:ten|ta|to|the|tá|tú|la|il|lo|le|el|die|der|das|az)\s+(?:"
                    + ordinal
                    + _AFTER_ARTICLE[i]
                    + r")\b"
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
        out.append(_Mark(_CORRECTED, by_age[-1]))
        out.append(_Mark(_ORIGINAL, by_age[0]))
    return out


def _named(clause: str, files: Sequence[str], marks: list[_Mark]) -> set[str]:
    """The files a clause names; a word calling a file the corrected or the original one
    names it only when nothing else does ("Ta první je opravená": the word says what the
    first one is)."""
    low = clause.lower()
    named = {f for f in files if f.rsplit("/", 1)[-1].lower() in low}
    named |= {m.file for m in marks if m.pattern not in _DESCRIBED and m.pattern.search(clause)}
    return named or {m.file for m in marks if m.pattern in _DESCRIBED and m.pattern.search(clause)}


def disowned_files(
    own: str, files: Sequence[str], gives_addresses: Callable[[str], bool], terse: bool = False
) -> set[str]:
    """The ``files`` (in attached order) the covering text ``own`` leaves out: each clause
    naming one file and calling it old, wrong or for comparison leaves that one out; one
    calling it the valid one leaves out the others. A file named only by a mark (a year,
    a version, a type, an ordinal) counts when at least two files give addresses
    (``gives_addresses``): two versions of the form. ``terse``: ``own`` is one of the
    documents, only its short clauses count ("…, platí formulář.", "the form prevails"); a
    longer one naming a file is about that file's contents."""
    marks: list[_Mark] = []
    if sum(1 for f in files if gives_addresses(f)) >= 2:
        marks = _marks(files)
    out = _said(own, files, marks, terse=terse)
    if not out and marks and same_stem(files) and not terse:
        # no clause says which holds: the one the text calls the corrected version ("posílám
        # původní a opravenou žádost", "the updated one adds a test address")
        out = _said(own, files, marks, implicit=True)
    return out


def _said(
    own: str, files: Sequence[str], marks: list[_Mark], implicit: bool = False, terse: bool = False
) -> set[str]:
    """The files the clauses of ``own`` leave out; ``implicit``: a clause naming the newest
    file by calling it the corrected one leaves out the others; ``terse``: only clauses of
    four words or fewer count."""
    out: set[str] = set()
    for sentence in _SENTENCE.split(own):
        named = _named(sentence, files, marks)
        if not named:
            continue
        if len(named) == 2 and not implicit:
            # a verb of replacing across a clause's split ("la segunda sustituye a la primera")
            out |= _replaced(sentence, files, marks)
        parts = [sentence] if len(named) == 1 and not terse else _clauses(sentence, files, marks)
        for part in parts:
            one = _named(part, files, marks)
            if len(one) == 2 and not implicit:
                out |= _replaced(part, files, marks)
            if len(one) != 1 or (terse and len(part.split()) > 4):
                continue
            # an age word naming the file ("Platí ten starší", "ta opravená") neither
            # disowns it nor calls it valid
            ages = (
                []
                if any(_by_name(part, f) for f in one) or not marks
                else [a.span() for r in _ages(part, files, marks) for a in r.finditer(part)]
            )
            disown = any(
                not _ADDRESS_NOUN.match(part, m.end()) and not _within(m, ages)
                for m in _DISOWN.finditer(part)
            )
            if implicit:
                newest = [m.file for m in marks if m.pattern is _CORRECTED]
                if not disown and one == set(newest) and _CORRECTED.search(part):
                    out |= set(files) - one
            elif disown:
                out |= one
            elif any(not _within(m, ages) for m in _VALID.finditer(part)):
                out |= set(files) - one
    return out


_DESCRIBED = (_CORRECTED, _ORIGINAL)


def _ages(part: str, files: Sequence[str], marks: list[_Mark]) -> tuple[re.Pattern[str], ...]:
    """The age words read as naming the file, not as saying what it is: the words calling a
    file corrected or original only when nothing else names it."""
    strong = {m.file for m in marks if m.pattern not in _DESCRIBED and m.pattern.search(part)}
    return (_OLDER, _NEWER) if strong else (_OLDER, _NEWER, *_DESCRIBED)


_REPLACES = re.compile(
    # "A replaces B", "A nahrazuje B", "A nahrádza B", "A ersetzt B", "A supersedes B"
    r"\b(?:replac(?:es|ing)|supersed(?:es|ing)|nahrazuj\w*|nahradí|nahrádza\w*|nahradzuj\w*|"
    r"ersetzt(?!\s+durch)|zastępuje|remplace|sostituisce|sustituye|reemplaza|substitui|"
    r"helyettesít\w*|felvált\w*|vervangt)\b"
    # "B is replaced by A", "B nahrazuje A" in the passive: "B je nahrazen(a) A"
    r"|\b(?P<passive>(?:replaced|superseded)\s+by|nahrazen[aáoéý]?|nahraden[aáoéý]?|"
    r"ersetzt\s+durch|zastąpion\w*|remplacée?\s+par|sostituit[ao]\s+da(?:ll[ao])?|"
    r"sustituid[ao]\s+por)\b",
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


_HOLDS = (
    r"(?:plat[íi]|platia|valid|counts?|holds?|applies|gilt|zählt|obowiązuje|obowiazuje|"
    r"liczy\s+się|érvényes|ervenyes|vale|fait\s+foi|is\s+(?:the\s+)?(?:right|correct|valid)\w*|"
    r"je\s+(?:ta\s+)?(?:správn|spravn|platn)\w*)"
)
_LAST_COPY = (
    r"(?:druh[áéýouí]\w*|second|last|later|posledn\w*|zweite\w*|letzte\w*|drug[aiey]\w*|"
    r"ostatni\w*|második|utolsó|seconda|deuxième|dole|níže|nize|below|unten|poniżej)"
)
_FIRST_COPY = r"(?:prv[nň]\w*|prvá|prvú|first|erste\w*|pierwsz\w*|első|prima|première|nahoře|nahore|above|oben)"
_COPY = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdefghijlnoprstuvzlčéí])\b(?:"
    + _HOLDS
    + r")\s+(?:(?:ta|ten|to|tá|tú|the|die|der|das|a|az|la|le)\s+)?(?:(?P<last>"
    + _LAST_COPY
    + r")|(?P<first>"
    + _FIRST_COPY
    + r"))\b"
    r"|\b(?:(?P<last2>" + _LAST_COPY + r")|(?P<first2>" + _FIRST_COPY + r"))"
    r"(?:\s+(?:verz\w*|version|copy|kopi\w*|fassung|wersj\w*|one|verzió\w*))?\s+"
    r"(?:(?:je|is|ist|jest)\s+)?(?:ta\s+)?" + _HOLDS + r"\b",
    re.IGNORECASE,
)
"""A sentence saying which of two copies pasted into one text holds ("platí ta druhá", "the
second one is the correct one", "die zweite gilt", "obowiązuje druga")."""


def copy_that_holds(text: str) -> int | None:
    """0 when ``text`` says the first of two copies of the application holds, -1 when it
    says the second (the last) does; None when it says neither or both."""
    said = set()
    for m in _COPY.finditer(text):
        said.add(-1 if m.group("last") or m.group("last2") else 0)
    return said.pop() if len(said) == 1 else None
