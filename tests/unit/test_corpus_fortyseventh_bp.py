"""The forty-seventh held-out part ``bp`` (tests/corpus/fortyseventh/bp###-…): what is
particular to this part — its emphasis on attachments, forms and data messages (a file behind
every case, empty bodies carrying the application, ☒/☐, [x]/[ ] and ANO/NE forms, bilingual
forms with "Název / Name" and "IČO (ID No.)", workbooks with two and three sheets and the
contact on a later sheet, merged and nested cells, documents with page header and footer,
forwards as attached .eml; data messages with the application in the annotation, in the file
or both, several with a second file (doplnění / Nachtrag) that changes one value of the first;
cover notes that fix a mistyped address of the attachment; signature blocks with IČO and
data-box ID) and its label mix. The checks every part shares are in test_corpus_parts.py.
These cases were written by hand apart from the extraction rules and are scored only at the
end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyseventh_bp_common import FEED, FILM, Style
from tests.corpus.make_fortyseventh_bp import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
ADDRESS = re.compile(r"\d+(?:\.\d+){3}(?:/\d+)?|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:/\d+)?")
SUPPLEMENT = re.compile(r"doplnen|nachtrag", re.IGNORECASE)


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _addresses(text: str) -> set[str]:
    return {a for a in ADDRESS.findall(text) if any(ch.isdigit() for ch in a)}


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"bp{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 4
    assert all(c["style"] == Style.EMPTY for c in empty)
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 10
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 5


def test_bilingual_forms() -> None:
    bilingual = [
        c
        for c in all_cases()
        if "(ID No.)" in _text(c.get("attachments")) + c.get("html", "")
        and re.search(r"N[áa]z[eo]v / Name", _text(c.get("attachments")))
    ]
    assert len(bilingual) >= 3


def test_documents_have_sheets_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 4
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 3
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 6
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_contact_on_a_later_sheet_or_page() -> None:
    later = 0
    for case in all_cases():
        mail = case["labels"]["contact"]["email"]
        for wb in _docs(case, "xlsx"):
            if mail not in _text(wb[0]) and any(mail in _text(s) for s in wb[1:]):
                later += 1
    assert later >= 3
    pages = [
        c
        for c in all_cases()
        for pdf in _docs(c, "pdf")
        if "strana 2" in _text(pdf) and c["labels"]["contact"]["email"] in _text(pdf)
    ]
    assert pages


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 45]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_supplements_change_one_value_of_the_first_file() -> None:
    changed = 0
    for case in (c for c in all_cases() if "databox" in c):
        docs = case["attachments"]
        if len(docs) < 2 or not SUPPLEMENT.search(docs[-1][1]):
            continue
        first, last = _text(docs[0][2]), _text(docs[-1][2])
        lab = case["labels"]
        phone = (lab["contact"]["phone"] or "")[-9:]
        values = [lab["contact"]["person"], lab["contact"]["email"], *lab["test_ips"]]
        new = [v for v in values if v and v in last and v not in first]
        digits_first, digits_last = re.sub(r"\D", "", first), re.sub(r"\D", "", last)
        if phone and phone in digits_last and phone not in digits_first:
            new.append(phone)
        assert new, case["id"]
        changed += 1
    assert changed >= 3


def test_cover_notes_fix_a_mistyped_address() -> None:
    fixes = 0
    for case in all_cases():
        if case["style"] != Style.CORRECTION or "databox" in case:
            continue
        body, docs = _addresses(case.get("body", "")), _addresses(_text(case["attachments"]))
        labelled = set(case["labels"]["production_ips"] + case["labels"]["test_ips"])
        if body - docs and docs - labelled:
            fixes += 1
    assert fixes >= 3


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 2
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 10
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(any(":" in ip for ip in lab["test_ips"]) for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
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
    for name, data in files().items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
