"""Regenerate the "b" half of the blind held-out corpus, tests/corpus/blind/b###-*.{eml,xml,json},
from its case specs (blind_b_*.py):

    .venv/bin/python -m tests.corpus.make_blind_b

These applications were written by hand apart from the extraction rules (issue 18), with an
emphasis on documents and forms: DOCX/PDF/XLSX/ODT/RTF attachments, letterheads, checkbox forms,
data-box messages and filming requests. They are only scored, never tuned against.

E-mail cases become ``<id>.eml``; data-box cases (a ``databox`` key) become ``<id>.xml``, the
inner XML of a received data message as ``databox.zfo.parse_inner_xml`` reads it. The other
half of the blind set (prefix "a") lives in the same directory; this module only ever writes or
removes files whose names start with "b". The output is byte-identical between runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.corpus import blind_b_1, blind_b_2, blind_b_3, blind_b_4
from tests.corpus.make_heldout import data_message, email_bytes, labels_json

OUT = Path(__file__).parent / "blind"
PREFIX = "b"


def all_cases() -> list[dict[str, Any]]:
    return blind_b_1.CASES + blind_b_2.CASES + blind_b_3.CASES + blind_b_4.CASES


def _sent(n: int) -> datetime:
    return datetime(2022, 11, 21, 6, 47, tzinfo=UTC) + timedelta(hours=4 * n, minutes=29 * n)


def build_eml(case: dict[str, Any], n: int) -> bytes:
    return email_bytes(case, _sent(n), n, tag="blind", relay="relay", delay=52)


def build_databox(case: dict[str, Any], n: int) -> bytes:
    return data_message(case, dm_id=52_700_000 + n, delivered=_sent(n))


def render(case: dict[str, Any], n: int) -> tuple[str, bytes]:
    """The message file's name and bytes."""
    if "databox" in case:
        return f"{case['id']}.xml", build_databox(case, n)
    return f"{case['id']}.eml", build_eml(case, n)


def main() -> None:
    cases = all_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    assert all(i.startswith(PREFIX) for i in ids), "this half only writes b-prefixed cases"
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob(f"{PREFIX}*"):
        old.unlink()
    for n, case in enumerate(cases):
        name, data = render(case, n)
        (OUT / name).write_bytes(data)
        (OUT / f"{case['id']}.json").write_text(labels_json(case), encoding="utf-8")
    print(f"{len(cases)} blind cases (b) written to {OUT}")


if __name__ == "__main__":
    main()
