"""Decoding text whose declared charset may be wrong, unknown or missing (pure functions).

Order: the declared charset (after an alias map for common misspellings) decoded strictly;
then UTF-8 strictly; then detection restricted to the encodings Czech mail really uses; last
windows-1250 with replacement characters. Every fallback is reported so the caller can record it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

ALIASES = {
    "cp-1250": "cp1250",
    "win-1250": "cp1250",
    "win1250": "cp1250",
    "windows1250": "cp1250",
    "x-cp1250": "cp1250",
    "iso8859-2": "iso8859_2",
    "iso-8859-2i": "iso8859_2",
    "latin-2": "iso8859_2",
    "iso-latin-2": "iso8859_2",
    "utf8": "utf-8",
    "x-utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "cp-1252": "cp1252",
    "win-1252": "cp1252",
    "ks_c_5601-1987": "cp949",
    "x-mac-ce": "mac_latin2",
}
"""Labels seen in real mail that Python's codec registry does not know (lower-case)."""

DETECT_CANDIDATES = ["utf_8", "cp1250", "iso8859_2", "cp1252", "iso8859_1", "koi8_r", "cp1251"]


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str
    """The charset actually used."""
    fallback: str | None = None
    """Why the declared charset was not used (None when it was)."""


def lookup(label: str | None) -> str | None:
    """The Python codec name for a MIME charset label, or None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown, or not a name at all (a NUL in it)
        return None


def decode_text(data: bytes, declared: str | None) -> Decoded:
    """Decode body bytes; never raises."""
    codec = lookup(declared)
    if codec is not None:
        try:
            return Decoded(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            reason = f"bytes are not valid {declared}"
    elif declared:
        reason = f"unknown charset {declared!r}"
    else:
        reason = None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", reason)
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data, cp_isolation=DETECT_CANDIDATES).best()
    why = reason or "no charset declared and bytes are not UTF-8"
    if guess is not None and guess.encoding:
        return Decoded(str(guess), guess.encoding, why)
    return Decoded(data.decode("cp1250", "replace"), "cp1250", why)


def decode_header_bytes(value: str) -> str:
    """A header value read with surrogate escapes (raw 8-bit bytes, RFC 6532 or a broken MUA)
    decoded as UTF-8, else windows-1250; a value without escapes is returned unchanged."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1250", "replace")
