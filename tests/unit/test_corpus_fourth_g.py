"""The fourth-round held-out set, prefix ``g`` (tests/corpus/fourth/g###-…): the files on disk
are exactly what its generator makes, every label is well-formed and never the office's own,
and the part is varied (attachments of every supported type, forms, data-box messages).
Extraction is deliberately not run here: this set is only scored at the end of the fourth
round of rule work.

The checks every part shares (numbering, files on disk, label form, loading) are in
test_corpus_parts.py; this module keeps what is particular to this part."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.blind_a_common import Style
from tests.corpus.heldout_docs import MIME
from tests.corpus.loader import FOURTH_DIR
from tests.corpus.make_blind_a import render
from tests.corpus.make_fourth_g import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

SPECS = all_cases()
MESSAGES = messages(part_paths(FOURTH_DIR, PREFIX))


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]
    assert files() == files()


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8, styles
    kinds = set().union(*(_attachment_kinds(c) for c in SPECS))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf"):
        assert MIME[kind].encode() in raw, kind
    for marker in (b"multipart/signed", b"message/rfc822", b"windows-1250", b"iso-8859-2"):
        assert marker in raw, marker
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 8
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "request in annotation"
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
