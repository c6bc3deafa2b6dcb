"""The fifty-second held-out part ``ch`` (tests/corpus/fiftysecond/ch###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, hand-filled forms scanned to text with V/X/✓/☒ marks,
[x]/[ ] and ANO/NE forms, workbooks with several sheets, helper columns and a "poznámka" column
withdrawing a row, merged table cells, two-page PDFs whose address table continues without its
header, ODT letters whose footer names another contact than the body, applications attached
twice as PDF and DOCX that agree, forwards as attached .eml; at least eight data messages, each
with a file, with the application in the annotation, in the file or both, two sent by a parent
company's box for a subsidiary; signature blocks with IČO and data-box ID) and its label mix.
The checks every part shares are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysecond_ch_common import FEED, FILM, Style
from tests.corpus.heldout_docs import docx_doc, pdf_doc
from tests.corpus.make_fiftysecond_ch import all_cases, files

BOXES = re.compile(r"[☐☒☑✓]|\[[ xX]\]|\bANO\b|\[ V \]|\(X\)")
SCAN_MARKS = ("[ V ]", "(X)", "✓", "☒")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 3
    assert all(c["style"] == Style.EMPTY for c in empty)
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 10
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 2
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.SCAN, Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 3


def test_scanned_forms_render_ticks_as_v_x_tick_and_ballot() -> None:
    scans = [
        c
        for c in all_cases()
        if any(re.search("sken|scan", f, re.I) for _, f, _ in c["attachments"])
    ]
    assert len(scans) >= 5
    assert sum(c["style"] == Style.SCAN for c in scans) >= 4
    text = "".join(_text(c["attachments"]) for c in scans)
    for mark in SCAN_MARKS:
        assert mark in text, mark


def test_documents_have_sheets_merges_helpers_and_notes() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 2
    cells = [_text(wb) for wb in workbooks]
    assert sum("poznámka" in t for t in cells) >= 2
    assert any("'_ok'" in t for t in cells), "helper columns"
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 4
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_two_page_pdfs_continue_the_table_without_its_header() -> None:
    import pypdf

    broken = 0
    for case in all_cases():
        for content in _docs(case, "pdf"):
            reader = pypdf.PdfReader(io.BytesIO(pdf_doc(content)))
            if len(reader.pages) < 2:
                continue
            header = next(b for b in content if isinstance(b, dict))["rows"][0]
            second = reader.pages[1].extract_text()
            addresses = [ip for ip in case["labels"]["production_ips"] + case["labels"]["test_ips"]]
            if any(ip in second for ip in addresses) and header[1] not in second:
                broken += 1
    assert broken >= 2


def test_applications_attached_twice_agree() -> None:
    twice = [
        c
        for c in all_cases()
        if _docs(c, "pdf") and _docs(c, "docx") and len(c["attachments"]) == 2
    ]
    assert len(twice) >= 3
    for case in twice:
        pdf_blocks = _docs(case, "pdf")[0]
        docx_blocks = _docs(case, "docx")[0]["blocks"]
        assert [b for b in pdf_blocks if isinstance(b, str)] == [
            b for b in docx_blocks if isinstance(b, str)
        ], case["id"]
        docx_doc(_docs(case, "docx")[0])


def test_odt_footers_name_another_contact() -> None:
    odts = [(c, d) for c in all_cases() for d in _docs(c, "odt")]
    footed = 0
    for case, blocks in odts:
        tail = blocks[-1]
        if isinstance(tail, str) and case["labels"]["contact"]["email"] not in tail:
            assert case["labels"]["contact"]["email"] in _text(blocks[:-1]), case["id"]
            footed += 1
    assert footed >= 3


def test_data_messages_cover_annotation_file_both_and_parent_boxes() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    parent = []
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        registered = case["databox"]["sender"].casefold()
        if case["labels"]["organization"]["name"].casefold() != registered:
            parent.append(case)
            assert case["labels"]["organization"]["databox_id"] != case["databox"]["box"]
        else:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len(parent) >= 2
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 30]
    assert len(in_annotation) >= 3 and len(bare) >= 3
    assert any(c["databox"]["type"] == 40 for c in boxes)
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 2
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 5 for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49"):
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
