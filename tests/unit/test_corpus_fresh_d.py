"""The third-round held-out cases, prefix ``d`` (tests/corpus/fresh/d###-…): the files on disk
are exactly what their generator makes, every label is well-formed, never the office's own and
written from the case's own text, and the set is varied. Extraction is deliberately not run
here: this half is only scored at the end of the rule work.

The checks every part shares (numbering, files on disk, label form, loading) are in
test_corpus_parts.py; this module keeps what is particular to this part."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.fresh_d_common import FEED, Style
from tests.corpus.loader import FRESH_DIR
from tests.corpus.make_fresh_d import PREFIX, all_cases
from tests.corpus.part_checks import messages, read_labels
from tests.corpus.parts import part_paths

SPECS = all_cases()
BY_ID = {c["id"]: c for c in SPECS}
MESSAGES = messages(part_paths(FRESH_DIR, PREFIX))


def _strings(value: Any) -> Iterator[str]:
    """Every text of a case spec that the applicant wrote (not its labels or description)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("labels", "description", "id", "style"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, int):
        yield str(value)


def _text(case: dict[str, Any]) -> str:
    return re.sub(r"\s+", " ", " ".join(_strings(case))).casefold()


def test_the_set_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8, styles
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert len(kinds & {"pdf", "docx", "xlsx", "odt", "rtf"}) >= 4, kinds
    assert sum(1 for c in SPECS if "databox" in c) >= 10
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
    assert any(not c["labels"]["test_ips"] for c in SPECS if FEED in c["labels"]["request_types"])


def _check_written_in_the_case(labels: dict[str, Any], case: dict[str, Any]) -> None:
    """Names, identifiers, e-mails and phones are labelled as the application writes them."""
    text = _text(case)
    bare = text.replace(" ", "")
    org, contact = labels["organization"], labels["contact"]
    for value in (org["name"], contact["person"], contact["email"]):
        assert value is None or value.casefold() in text, value
    assert org["ico"] is None or org["ico"] in bare, org["ico"]
    if "databox" in case:
        assert org["databox_id"] == case["databox"]["box"], "the sender's box is the applicant's"
    else:
        assert org["databox_id"] is None or org["databox_id"] in text, org["databox_id"]
    phone = contact["phone"]
    if phone is not None:
        national = phone.removeprefix("+420") if phone.startswith("+420") else phone[1:]
        assert national in bare, phone


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_labels_are_written_in_the_case(path: Path) -> None:
    _check_written_in_the_case(read_labels(path), BY_ID[path.stem])
