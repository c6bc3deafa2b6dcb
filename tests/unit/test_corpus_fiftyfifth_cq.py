"""The fifty-fifth held-out part ``cq`` (tests/corpus/fiftyfifth/cq###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, checkbox, bracket and ANO/NE/Ja/Nein/TAK/NIE forms, a
contacts sheet with a role column, a DOCX letterhead naming the parent group, an ODT with
numbered address rows, an RTF with the name abbreviated and written in full in its footer, a
PDF whose unticked feed box has addresses filled in, a cover naming another contact than its
form; at least eight data messages with the application in the annotation, in the file or
split, one annotated only "žádost"; signature blocks with IČO and data-box ID) and its label
mix. The checks every part shares are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfifth_cq_common import FEED, FILM, Style
from tests.corpus.make_fiftyfifth_cq import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b|\bTAK\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _case(prefix: str) -> dict[str, Any]:
    (found,) = [c for c in all_cases() if c["id"].startswith(prefix)]
    return found


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
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    assert (
        sum(
            any(a[0] != "eml" for a in d.get("attachments", []))
            for c in cases
            for d in _docs(c, "eml")
        )
        >= 2
    )
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 4


def test_documents_have_sheets_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 3
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 5
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_the_rounds_particular_cases() -> None:
    # a contacts sheet with a role column: only one row is the feed contact
    sheets = _docs(_case("cq003"), "xlsx")[0]
    contacts = [s for s in sheets if s["title"] == "Kontakty"][0]["rows"]
    assert contacts[0][1] == "Role" and len(contacts) >= 4
    person = _case("cq003")["labels"]["contact"]["person"]
    assert [r[1] for r in contacts if r[0] == person] == [
        "kontaktní osoba pro přístup k výsledkům (XML)"
    ]
    # a letterhead naming the parent group, the body naming the station
    doc = _docs(_case("cq005"), "docx")[0]
    name = _case("cq005")["labels"]["organization"]["name"]
    assert name not in doc["header"] and name in _text(doc["blocks"])
    assert _case("cq005")["labels"]["organization"]["ico"] not in doc["header"]
    # a data message annotated only "žádost"
    assert _case("cq002")["subject"] == "žádost" and "databox" in _case("cq002")
    # an unticked feed box with addresses filled in: filming only, no addresses
    pdf = _text(_docs(_case("cq008"), "pdf")[0])
    assert "☐ přístup" in pdf and IPV4.search(pdf)
    lab = _case("cq008")["labels"]
    assert lab["request_types"] == [FILM] and not lab["production_ips"] and not lab["test_ips"]
    # an ODT address table numbered "1.", "2."
    table = [b for b in _docs(_case("cq010"), "odt")[0] if isinstance(b, list)][0]
    assert [r[0] for r in table[1:3]] == ["1.", "2."]
    # an RTF with the abbreviation in the body and the full name in the footer line
    rtf = _docs(_case("cq012"), "rtf")[0]
    full = _case("cq012")["labels"]["organization"]["name"]
    assert full in rtf[-1] and full not in _text(rtf[:-1]) and "ZPS" in _text(rtf[:-1])
    # a cover naming a different contact than its form
    case = _case("cq014")
    form = _text(_docs(case, "docx")[0])
    assert "Hrubý" in form and case["labels"]["contact"]["person"] not in form
    assert case["labels"]["contact"]["person"] in case["body"]


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "@" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 45]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5
    assert any(len(c["attachments"]) >= 2 for c in boxes)


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 1
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+43", "+48", "+421"):
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
