"""The sixth-round held-out part, prefix ``n`` (tests/corpus/sixth/n###-…): what is particular
to this part — several data messages, one with the request in its annotation, and
conversations (reply threads, forwards) dominate. The checks every part shares (ids, files,
labels, loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.make_sixth_n import all_cases

SPECS = all_cases()


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_several_data_messages_one_with_the_request_in_its_annotation() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 3
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "annotation"


def test_conversations_dominate() -> None:
    """This part's emphasis: most messages carry a quoted or forwarded earlier message."""
    quoted = [c for c in SPECS if "\n>" in c.get("body", "") or "wrote:" in c.get("body", "")]
    forwarded = [c for c in SPECS if "Fwd" in c["subject"] or "Fw:" in c["subject"]]
    assert len(quoted) + len(forwarded) >= 25, (len(quoted), len(forwarded))
