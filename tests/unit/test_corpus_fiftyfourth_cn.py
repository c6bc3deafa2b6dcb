"""The fifty-fourth held-out part ``cn`` (tests/corpus/fiftyfourth/cn###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, ANO/NE, IGEN/NEM, TAK/NIE, Ja/Nein and [x]/[ ] forms, a
scanned PDF with X and ✓ ballot marks, workbooks with several sheets and a from/to range,
merged and nested table cells, documents with a page header and footer, an ODT letter with the
IČO and data-box ID in its footer, a DOCX contact table with the surname first in capitals,
cover notes and annotations that change the attachment, forwards as attached .eml; at least
eight data messages with the application in the annotation, in the file or split between them,
one from a publishing group's box for a station with its own box, one from a holding's box
for a subsidiary without one) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfourth_cn_common import FEED, FILM, Style
from tests.corpus.make_fiftyfourth_cn import all_cases, files

BOXES = re.compile(r"[☐☒☑✓]|\[[ xX]\]|\bANO\b|\bJa\b|\bTAK\b|\bIGEN\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _case(slug: str) -> dict[str, Any]:
    (case,) = [c for c in all_cases() if c["id"].endswith(slug)]
    return case


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"cn{n:03d}" for n in range(1, 43)]
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
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt"):
        assert kinds[kind] >= 3, kind
    assert kinds["eml"] >= 2


def test_this_rounds_particular_cases() -> None:
    # a workbook with from/to columns whose range is expanded in the label
    rng = _case("-xlsx-from-to-range")
    sheet = _docs(rng, "xlsx")[0][0]
    assert any(row[1:3] == ["Od", "Do"] for row in sheet["rows"])
    assert rng["labels"]["production_ips"] == [f"192.0.2.{n}" for n in range(60, 64)]
    # a scanned PDF form with an X and a ✓ in its ANO/NE columns; the ✓ under NE declines
    ballot = _docs(_case("-pdf-ballot-marks-ano-ne"), "pdf")[0]
    marks = [row for b in ballot if isinstance(b, dict) for row in b["rows"]]
    assert ["ANO", "NE"] == marks[0][1:] and any(r[1:] == ["X", ""] for r in marks)
    assert any(r[1:] == ["", "✓"] for r in marks)
    assert _case("-pdf-ballot-marks-ano-ne")["labels"]["request_types"] == [FEED]
    # a DOCX contact table with the surname first in capitals, labelled given name first
    caps = _case("-docx-contact-surname-caps")
    assert "DVOŘÁK Petr" in _text(_docs(caps, "docx"))
    assert caps["labels"]["contact"]["person"] == "Petr Dvořák"
    # an ODT letter whose footer (its last paragraph) holds the IČO and the data-box ID
    odt = _case("-odt-footer-ico-box")
    org = odt["labels"]["organization"]
    footer = _docs(odt, "odt")[0][-1]
    assert org["ico"] in footer and org["databox_id"] in footer
    assert org["databox_id"] not in odt["body"]
    # the cover mail voids the attachment's test address
    void = _case("-cover-voids-test-address")
    assert "neplatí" in void["body"] and void["labels"]["test_ips"] == []
    assert "203.0.113.160" in _text(void["attachments"])


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    own = [c for c in boxes if c["labels"]["organization"]["databox_id"] == c["databox"]["box"]]
    assert len(own) == len(boxes) - 2
    group = _case("-databox-group-box-for-station")
    station_box = group["labels"]["organization"]["databox_id"]
    assert station_box and station_box != group["databox"]["box"]
    assert station_box in _text(group["attachments"])
    assert group["labels"]["organization"]["name"] != group["databox"]["sender"]
    holding = _case("-databox-holding-subsidiary-no-box")
    assert holding["labels"]["organization"]["databox_id"] is None
    assert holding["labels"]["organization"]["name"] != holding["databox"]["sender"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 45]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5
    assert any(len(c["attachments"]) >= 2 for c in boxes)


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 3
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
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert ip == str(ipaddress.ip_address(ip)), ip
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+36"):
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
