"""Familiar forms of given names: "Honza" is Jan, "Bill" is William. English forms come
from the maintained ``nicknames`` dataset; Czech and Slovak ones, which no maintained
package lists, from the table below (the common familiar forms, folded to ASCII)."""

from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer

from intake.extraction.names import ascii_folded

_CS_SK: dict[str, tuple[str, ...]] = {
    "honza": ("jan",), "jenda": ("jan",), "jano": ("jan",), "janko": ("jan",),
    "ondra": ("ondrej",), "vojta": ("vojtech",), "kuba": ("jakub",), "pepa": ("josef", "jozef"),
    "jozo": ("jozef",), "pepik": ("josef",), "franta": ("frantisek",), "fero": ("frantisek",),
    "tonda": ("antonin",), "tono": ("anton",), "mira": ("miroslav", "jaromir", "miroslava"),
    "jirka": ("jiri",), "jura": ("jiri", "juraj"), "duro": ("juraj",), "standa": ("stanislav",),
    "stano": ("stanislav",), "lada": ("ladislav", "vladimir"), "lado": ("ladislav",),
    "peta": ("petr", "petra"), "peto": ("peter",), "palo": ("pavol",),
    "mato": ("martin", "matej"), "misa": ("michal", "michaela"), "mino": ("michal",),
    "tom": ("tomas",), "kaja": ("karel", "karolina"), "karci": ("karol",),
    "zdenda": ("zdenek",), "venca": ("vaclav",), "vasek": ("vaclav",),
    "vlada": ("vladimir", "vladislav"), "bohous": ("bohuslav",), "slavek": ("bohuslav", "miroslav", "jaroslav"),
    "jarda": ("jaroslav",), "mirek": ("miroslav",), "filda": ("filip",),
    "kata": ("katerina", "katarina"), "katka": ("katerina", "katarina"), "bara": ("barbora",),
    "barca": ("barbora",), "verca": ("veronika",), "veva": ("veronika",), "lucka": ("lucie", "lucia"),
    "mada": ("magdalena",), "majka": ("marie", "maria"), "maja": ("marie", "maria"),
    "zuzka": ("zuzana",), "hanka": ("hana",), "evka": ("eva",), "janka": ("jana",),
    "terka": ("tereza",), "dasa": ("dagmar", "dana"),
    # Polish and German familiar forms, which the English dataset does not list
    "kasia": ("katarzyna",), "basia": ("barbara",), "gosia": ("malgorzata",),
    "tomek": ("tomasz",), "jurek": ("jerzy",), "wojtek": ("wojciech",), "bartek": ("bartlomiej",),
    "zosia": ("zofia",), "asia": ("joanna",), "krzys": ("krzysztof",), "staszek": ("stanislaw",),
    "franek": ("franciszek",), "sepp": ("josef",), "uli": ("ulrich",), "steffi": ("stefanie",),
    "basti": ("sebastian",), "andi": ("andreas",),
}
_DIMINUTIVE = ("ek", "ik", "ka", "ko", "inek", "icka", "ecka", "uska", "ousek", "unka", "ulka")
"""Endings of a Czech or Slovak diminutive on the stem of the full name ("Vít"/"Vítek",
"Jiří"/"Jirka", "Tomáš"/"Tomášek", "Eva"/"Evička")."""


def _diminutive(short: str, full: str) -> bool:
    """Whether the folded ``short`` is the folded ``full`` (without its final vowel) with a
    diminutive ending: "vitek" of "vit", "jirka" of "jiri", "evicka" of "eva"."""
    stem = full[:-1] if full[-1:] in "aeiouy" and len(full) > 3 else full
    return len(stem) >= 3 and short.startswith(stem) and short[len(stem):] in _DIMINUTIVE


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=4096)
def is_familiar_form(short: str, full: str) -> bool:
    """Whether the given name ``short`` is a familiar form of ``full`` (any case, with or
    without diacritics)."""
    s, f = ascii_folded(short), ascii_folded(full)
    if s == f:
        return False
    # the English dataset relates names both ways: the familiar form is the shorter one
    return (
        f in _CS_SK.get(s, ())
        or (len(s) < len(f) and f in _namer().canonicals_of(s))
        or _diminutive(s, f)
    )


@lru_cache(maxsize=4096)
def may_be_familiar(given: str) -> bool:
    """Whether ``given`` is a known familiar form of some full given name."""
    s = ascii_folded(given)
    return bool(_CS_SK.get(s)) or any(len(s) < len(f) for f in _namer().canonicals_of(s))


def only_familiar(given: str) -> bool:
    """Whether ``given`` is a Czech or Slovak familiar form ("Honza", "Maťo") and no full
    given name that the table knows: the writer's full given name is not written."""
    s = ascii_folded(given)
    full = {f for forms in _CS_SK.values() for f in forms}
    return s in _CS_SK and s not in full
