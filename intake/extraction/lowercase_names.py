"""A contact person typed all in lower case (a phone keyboard, no capitals, often no
diacritics): "kontakt vojtech lang 608 …", "jsem petra kralova z redakce", a closing line
"david kolar". The name rules need capitals, so these are read here, only where a structure
holds the name (a contact label, "jsem …"/"i am …", a line of its own after the text) and only
when the first word is a known given name: a lower-case phrase ("kontakt mam v podpisu",
"volejte kdykoli", "jsem z redakce") is no name. The name is certain only when the From header
agrees (its display name, or its mailbox spells the surname); otherwise it is flagged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.extraction.fields import Hit
from intake.extraction.name_data import GIVEN_NAMES, SURNAMES
from intake.extraction.names import ascii_folded
from intake.extraction.review import Reason
from intake.extraction.segments import Block

_WORD = r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?"
"""A word of letters (the lines read here hold no capital)."""
_NAME = rf"(?P<n>{_WORD}\s{_WORD})"
_AFTER = r"(?=\s*(?:$|[,;:(/+\d]|\s(?:tel|mob|e-?mail|z|ze|zo|from|of|von|vom|de|du|w|z)\b|\s*-\s))"
"""What may follow a name: the line's end, a separator, a number, a phone or e-mail label, or
"z redakce"/"from the paper"/"von der Zeitung"."""
_LABELLED = re.compile(
    r"(?:^|(?<=[\s,;.]))(?:kontaktn[ií]\s+osoba|kontaktn[aá]\s+osoba|kontakt(?:ni)?|contact(?:\s+person)?|"
    r"ansprechpartner(?:in)?|osoba\s+kontaktowa|kapcsolattart[oó]|personne\s+[aà]\s+contacter)"
    r"\s*(?:[:\-–]\s*|\s)(?:(?:je|is|ist|jest|est|to\s+je|jsem\s+ja|som\s+ja|to\s+ja)[,:]?\s+)?"
    rf"{_NAME}{_AFTER}"
)
_SELF = re.compile(
    r"(?:^|[\s,;.])(?:jsem|som|i\s+am|i'm|im|ich\s+bin|jestem|je\s+suis|vagyok|me\s+llamo)\s+"
    rf"{_NAME}{_AFTER}"
)
_OWN_LINE = re.compile(rf"^\s*{_NAME}\s*$")
_CLOSING = re.compile(
    r"(?:[\d.!?)]|(?<!\w)(?:dik|diky|dekuji|dekuju|zdravim|pozdravem|pozdrav|dakujem|pozdravom|"
    r"thanks|thx|cheers|regards|gruss|grusse|danke|pozdrawiam|dzieki|merci|koszonom|udv))"
    rf"\s+{_NAME}\s*$"
)
"""A name closing a paragraph the segmenter joined into one line: after a number, a sentence's
end or a word of thanks ("volejte 734 816 295 david kolar", "… dik karel dvorak")."""
_STOP = frozenset(
    "den dobry dobre dekuji diky dik moc pozdrav pozdravem zdravim thanks thank cheers regards "
    "best mate team tym redakce redakcia web ip test server mail volby xml from von der die das "
    "the and und with aus pro na ja".split()
)
"""Words that are no part of a name though a list may hold them as one."""


def _fold(text: str) -> str:
    # not the shared fold (``names.unmarked_lower``): NFKD to ASCII, so that a non-breaking
    # space reads as a space and a letter without an ASCII base is dropped
    return ascii_folded(text).casefold()


def _agrees(name: str, display: str, address: str) -> bool:
    """Whether the From header names this person: its display name is the name (either
    order), or its mailbox spells the surname."""
    words = _fold(name).split()
    if not words:
        return False  # a name in another script ("з повагою"): nothing of it folds to ASCII
    shown = _fold(display).replace(",", " ").split()
    if shown and sorted(shown) == sorted(words):
        return True
    local = re.sub(r"[^a-z]", "", _fold(address.split("@", 1)[0]))
    return len(words[-1]) >= 3 and words[-1] in local


def _plausible(name: str, agreed: bool, strong: bool) -> bool:
    """A known given name and a surname the lists know, the header spells, or a label or
    "jsem …" holds (a surname the lists miss: "hudak", "hollis")."""
    given, surname = (_fold(w) for w in name.split())
    if given in _STOP or surname in _STOP or given == surname:
        return False
    if given not in GIVEN_NAMES:
        return False
    return agreed or surname in SURNAMES or (strong and len(surname) >= 3)


def capitalised(text: str) -> bool:
    """Whether the line writes a word with a capital and then small letters ("Jan", "Odeslano"):
    not a line typed in lower case (an address's "DB8" is no such word)."""
    return any(w[0].isupper() and w[1:2].islower() for w in text.split())


def _candidates(blocks: Sequence[Block]) -> list[tuple[str, Block, int, bool]]:
    """Names held by a structure, in order of strength: (name, block, line, strong cue)."""
    out: list[tuple[str, Block, int, bool]] = []
    own_lines: list[tuple[str, Block, int, bool]] = []
    seen_text = False
    for b in blocks:
        for ln in b.lines:
            text = ln.text.strip()
            if not text or capitalised(text):
                seen_text = seen_text or bool(text)
                continue
            for rx in (_LABELLED, _SELF):
                if (m := rx.search(text)) is not None:
                    out.append((m.group("n"), b, ln.no, True))
            if (seen_text and (m := _OWN_LINE.match(text)) is not None) or (m := _CLOSING.search(text)) is not None:
                own_lines.append((m.group("n"), b, ln.no, False))
            seen_text = True
    return out + own_lines


def lowercase_person(blocks: Sequence[Block], sender: tuple[str, str]) -> Hit | None:
    """The contact person written in lower case where a structure holds the name (see the
    module); certain only when the From header agrees with it."""
    display, address = sender
    found: dict[str, Hit] = {}
    for name, b, no, strong in _candidates(blocks):
        name = " ".join(name.split())
        if name != name.lower():
            continue
        agreed = _agrees(name, display, address)
        if not _plausible(name, agreed, strong):
            continue
        key = _fold(name)
        if key in found:
            continue
        sure = agreed and (strong or len(found) == 0)
        found[key] = Hit(name, b.component, no, sure, None if sure else Reason.LOWER_CASE_NAME)
    if not found:
        return None
    first = next(iter(found.values()))
    if len(found) > 1 and first.certain:
        # two lower-case names: the first strong one, in doubt
        return Hit(first.value, first.component, first.line, False, Reason.LOWER_CASE_NAME)
    return first
