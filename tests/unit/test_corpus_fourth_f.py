"""The fourth held-out set, part ``f`` (tests/corpus/fourth/f###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, and
the part is varied. Extraction is deliberately not run here: the set is only scored at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``).

The checks every part shares (numbering, files on disk, label form, loading) are in
test_corpus_parts.py; this module keeps what is particular to this part."""

from __future__ import annotations

from collections import Counter

from tests.corpus.fourth_f_common import Style
from tests.corpus.loader import FOURTH_DIR
from tests.corpus.make_fourth_f import PREFIX, all_cases
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

SPECS = all_cases()
MESSAGES = messages(part_paths(FOURTH_DIR, PREFIX))
STYLES = {s.value for s in Style}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= STYLES and len(styles) >= 8, styles
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 2
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
