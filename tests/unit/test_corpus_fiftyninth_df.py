"""The fifty-ninth held-out part ``df`` (tests/corpus/fiftyninth/df###-…): what is particular
to this part — attachments, forms and data messages (a file behind every case, empty bodies,
☑/☒/☐, [x]/[ ] and ANO/NE forms, a nested address table, role cells merged over three rows, a
three-sheet workbook, letterheads with headers and footers, cover notes that change the file,
forwards as attached .eml, at least eight data messages with the application in the
annotation, in the file or both, signature blocks with IČO and data-box ID) and its label mix.
Extraction is deliberately not run here: the part is scored only at the end of the round."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyninth_df_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyninth_df import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b")
IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8")


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"df{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 3
    forms = [c for c in cases if BOXES.search(repr(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 10
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.CORRECTION] >= 4 and styles[Style.DATABOX] >= 8
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_this_rounds_documents() -> None:
    cases = {c["id"][:5]: c for c in all_cases()}
    nested = _docs(cases["df001"], "docx")[0]["blocks"][1]
    assert nested["rows"][2][0] == "Technické údaje" and (2, 1) in nested["nested"]
    assert "viz příloha" in cases["df002"]["subject"] and "[X]" in repr(cases["df002"])
    pdf_table = _docs(cases["df003"], "pdf")[0][2]
    assert len(pdf_table["widths"]) == 2
    sheet = _docs(cases["df004"], "xlsx")[0][0]
    assert "A2:A4" in sheet["merge"] and "A5:A7" in sheet["merge"]
    assert cases["df006"]["databox"]["type"] == 10
    assert "☑" in repr(cases["df007"]) and cases["df007"]["labels"]["request_types"] == [FEED]
    workbooks = [wb for c in all_cases() for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks)
    docs = [d for c in all_cases() for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 3


def test_data_messages() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert sum(bool(IP.search(c["subject"])) for c in boxes) >= 3
    assert sum(len(c["subject"]) < 40 for c in boxes) >= 3
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 15 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6
    for lab in labels:
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert contact["phone"] is None or re.fullmatch(r"\+\d{9,14}", contact["phone"])
        assert contact["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    signed = [
        c for c in all_cases() if "databox" not in c and c["labels"]["organization"]["databox_id"]
    ]
    assert len(signed) >= 2


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
