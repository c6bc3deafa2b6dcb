"""The fifty-seventh held-out part ``cw`` (tests/corpus/fiftyseventh/cw###-…): what is
particular to this part — its emphasis on attachments, forms and data messages (a file behind
every case, empty bodies carrying the application, ☒/☐/☑, [x]/[ ] and ANO/NE forms including a
feed box left unticked beside a filled address table and an RTF "nehodící se škrtněte" form, a
workbook whose first sheet is instructions, a two-page PDF with "Příloha č. 1", merged and
nested cells, page headers and footers, cover notes and annotations that change the
attachment, forwards as attached .eml; at least eight data messages, one with a superseded
second file and one whose only file is a power of attorney; signature blocks with IČO, a spaced
IČ, a DIČ and data-box IDs) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyseventh_cw_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyseventh_cw import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(value: object) -> str:
    return repr(value)


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


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
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_documents_have_sheets_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks)
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 3
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 5
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)


def test_the_round_s_particular_cases() -> None:
    # a DOCX ☐ feed / ☒ filming form whose address table is filled in: filming only
    c = _case("cw001")
    text = _text(_docs(c, "docx"))
    assert "☐ přístup" in text and "☒ povolení" in text and IPV4.search(text)
    assert c["labels"]["request_types"] == [FILM] and not c["labels"]["production_ips"]
    # a two-page PDF whose second page is "Příloha č. 1" with the addresses
    from pypdf import PdfReader

    raw = files()["cw002-pdf-two-pages-priloha-addresses.eml"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    pdf = next(p for p in msg.walk() if p.get_content_type() == "application/pdf")
    pages = PdfReader(io.BytesIO(pdf.get_payload(decode=True))).pages
    assert len(pages) == 2
    assert not IPV4.search(pages[0].extract_text())
    assert pages[1].extract_text().lstrip().startswith("Příloha č. 1")
    # a data message with the application and an older version marked void
    c = _case("cw003")
    assert "databox" in c and len(c["attachments"]) == 2
    assert "NEPLATNÉ" in _text(c["attachments"][1]) and "nahrazeno" in _text(c["attachments"][1])
    assert "198.51.100.30" not in c["labels"]["production_ips"]
    # an XLSX whose first sheet is instructions with example addresses
    (wb,) = _docs(_case("cw004"), "xlsx")
    assert (
        "192.0.2.1" in _text(wb[0]["rows"])
        and "192.0.2.1" not in _case("cw004")["labels"]["production_ips"]
    )
    # an ODT letter with a spaced IČ and a DIČ beside it
    c = _case("cw005")
    i = c["labels"]["organization"]["ico"]
    odt = _text(_docs(c, "odt"))
    assert f"IČ: {i[:3]} {i[3:5]} {i[5:]}" in odt and f"DIČ: CZ{i}" in odt
    # the annotation holds the whole application, the only file is a power of attorney
    c = _case("cw006")
    assert "databox" in c and IPV4.search(c["subject"]) and "PLNÁ MOC" in _text(c["attachments"])
    assert c["labels"]["contact"]["person"] in c["subject"]
    assert c["labels"]["contact"]["person"] not in _text(c["attachments"])
    # an RTF ANO / NE – nehodící se škrtněte form with only the chosen word left
    c = _case("cw007")
    (rtf,) = _docs(c, "rtf")
    (choices,) = [b for b in rtf if isinstance(b, list) and "škrtněte" in b[0][1]]
    assert choices[0][1] == "ANO / NE – nehodící se škrtněte"
    assert [row[1] for row in choices[1:]] == ["ANO", "NE"]
    assert c["labels"]["request_types"] == [FEED]


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
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 2
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)
    dic_only = _case("cw029")
    i = dic_only["labels"]["organization"]["ico"]
    assert f"CZ{i}" in _text(dic_only) and f"IČO {i}" not in _text(dic_only)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert lab["organization"]["ico"] is None or ico_valid(lab["organization"]["ico"])
        assert lab["organization"]["ico"] != "00025593"
        assert lab["contact"]["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", lab["contact"]["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)


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
