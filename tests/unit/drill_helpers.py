"""The harness of the blind drills (``test_extraction_drill_r*.py``): a whole application's
label in the corpus's shape, and the fields an extraction gets wrong, scored as the corpus
runner scores a case (a value must equal the label; degrees, case and spacing do not matter)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from intake.model import Component, ComponentRole, ParsedMessage
from tests.corpus.accuracy import FIELDS, _get, _norm
from tests.unit.extraction_helpers import body, extract

Label = dict[str, Any]

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


def label(
    types: list[str],
    org: tuple[str | None, str | None, str | None],
    prod: list[str],
    test: list[str],
    contact: tuple[str | None, str | None, str | None],
) -> Label:
    """A label as ``tests/corpus/LABELS.md`` writes it: org is (name, IČO, box), contact is
    (person, e-mail, phone)."""
    return {
        "request_types": types,
        "organization": {"name": org[0], "ico": org[1], "databox_id": org[2]},
        "production_ips": prod,
        "test_ips": test,
        "contact": {"person": contact[0], "email": contact[1], "phone": contact[2]},
    }


def html_body(text: str) -> Component:
    return body(text, ComponentRole.BODY_HTML, name="body.html")


def misses(p: ParsedMessage, want: Label) -> list[str]:
    """One line per field whose extracted value differs from the label, with its certainty."""
    got = extract(p).to_dict()
    out = []
    for key in FIELDS:
        have = _norm(_get(got, key), key)
        expected = _norm(_get(want, key), key)
        if have != expected:
            certain = got.get("fields", {}).get(key, {}).get("certain")
            out.append(f"{key}: want {expected!r}, got {have!r} (certain={certain})")
    return out


def drill_params(
    cases: Mapping[str, tuple[ParsedMessage, Label]], xfail: Mapping[str, str]
) -> list[Any]:
    """The drill's messages as pytest parameters named by their keys; a message named in
    ``xfail`` is a strict xfail with its reason (a blind spot the drill names)."""
    out = []
    for name, (p, want) in cases.items():
        marks = [pytest.mark.xfail(strict=True, reason=xfail[name])] if name in xfail else []
        out.append(pytest.param(p, want, id=name, marks=marks))
    return out
