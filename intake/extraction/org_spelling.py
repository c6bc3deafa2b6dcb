"""The organisation's name typed without diacritics (a phone's keyboard: "Orlicky portal
s.r.o.") in the spelling another text of the application gives the same words ("Subject: xml
volby – Orlický portál"): LABELS.md labels the spelling with diacritics."""

from __future__ import annotations

from collections.abc import Iterable

from intake.extraction.names import unmarked_lower


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _marked_in(name: str, text: str) -> str | None:
    """``name`` with the marks one occurrence in ``text`` gives its leading words (at least two
    words or one of six letters), the case of ``name`` kept; None when no text writes it so."""
    folded, key = unmarked_lower(text), unmarked_lower(name)
    words = name.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if (n < 2 and len(head) < 6) or not head.isascii():
            return None
        at = folded.find(key[: len(head)])
        while at >= 0:
            found = text[at : at + len(head)]
            if _bounded(text, at, at + len(head)) and not found.isascii() and len(found.split()) == n:
                marked = "".join(f.lower() if c.lower() == c else f.upper() for c, f in zip(head, found, strict=True))
                return marked + name[len(head) :]
            at = folded.find(key[: len(head)], at + 1)
    return None


def marked_spelling(name: str, texts: Iterable[str]) -> str | None:
    """The spelling with diacritics another text gives the name typed without them."""
    if not name.isascii():
        return None
    for text in texts:
        if text and (marked := _marked_in(name, text)) is not None:
            return marked
    return None
