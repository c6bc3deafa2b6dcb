"""An e-mail address cut by a line wrap (a narrow table cell, a column of a two-column page).

A word processor breaks a line inside a word only when the word does not fit, and an e-mail
address is one word: a careful reader joins its pieces again when the pieces alone make no
sense. Two cuts are recognised, each only on evidence independent of the layout:

* the domain cut: the address ends in a label that is no top-level domain ("…@listy.exa")
  and the next line's first word completes one ("mple" -> "…@listy.example");
* the local-part cut: the line ends in a lone lower-case fragment and the next line starts
  with an address whose local part, joined to the fragment, spells a name written just
  before it ("Šárka Benešová, beneso" / "va@…" -> "benesova@…").

The top-level domains are the Public Suffix List's (``tldextract``'s bundled snapshot, no
network) plus the names reserved for documentation and testing (RFC 2606, RFC 6761).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RESERVED = frozenset({"example", "test", "invalid", "localhost", "local"})
_ADDRESS_END = re.compile(r"@([\w-]+(?:\.[\w-]+)+)$")
_DOMAIN_PIECE = re.compile(r"([\w-]+)[,;.]?")
_FRAGMENT = re.compile(r"[a-z0-9._]+")
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


@lru_cache(maxsize=1)
def _suffixes() -> object:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def known_domain(domain: str) -> bool:
    """Whether the domain ends in a top-level domain (or a reserved one)."""
    if domain.rsplit(".", 1)[-1].lower() in _RESERVED:
        return True
    extract = _suffixes()
    return bool(extract(domain).suffix)  # type: ignore[operator]


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def domain_goes_on(last: str, head: str) -> bool:
    """Whether ``last`` ends with an address whose domain ``head`` completes."""
    m = _ADDRESS_END.search(last)
    piece = _DOMAIN_PIECE.fullmatch(head)
    if m is None or piece is None or known_domain(m.group(1)):
        return False
    return known_domain(m.group(1) + piece.group(1))


def local_part_starts(before: str, head: str) -> bool:
    """Whether the last word of ``before`` is the start of the address ``head`` begins with:
    a lone lower-case fragment that, with the local part, spells a name written in
    ``before`` which neither piece spells alone."""
    words = before.split()
    if not words or "@" not in head:
        return False
    last = words[-1]
    local = head.split("@", 1)[0].lower()
    if not _FRAGMENT.fullmatch(last) or not local:
        return False
    joined = last + local
    names = {_fold(w) for w in _NAME_WORD.findall(" ".join(words[:-1]))}
    return any(n in joined and n not in local and n not in last for n in names)


def glued_address(before: str, head: str) -> bool:
    """Whether the line ending in ``before`` and the next one starting with the word
    ``head`` cut one e-mail address."""
    last = before.split()[-1] if before.split() else ""
    return domain_goes_on(last, head) or local_part_starts(before, head)
