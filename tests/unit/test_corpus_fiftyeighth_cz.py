"""The fifty-eighth held-out part ``cz`` (tests/corpus/fiftyeighth/cz###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, checkbox, bracket and ANO/NE/TAK/NIE forms, a workbook
with one sheet per election round, merged and nested cells, a PDF table with narrow wrapping
organisation cells, a DOCX whose only contact is its footer, an ODT signature table of three
with one 'kontaktní osoba', an RTF with IČ/DIČ, at least eight data messages with the
application in the annotation, in the file or both, a faculty box applying for its university
and a brand annotation with the entity in the file) and its label mix. The checks every part
shares are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyeighth_cz_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyeighth_cz import all_cases, files

BOXES = re.compile(r"[☐☒]|\[[ xX]\]|\bANO\b|\bTAK\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _by_id(prefix: str) -> dict[str, Any]:
    (case,) = [c for c in all_cases() if c["id"].startswith(prefix)]
    return case


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"cz{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 5
    forms = [c for c in cases if BOXES.search(repr(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 8
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.FOREIGN, Style.CORRECTION, Style.REPLY):
        assert styles[style] >= 2, style
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_this_rounds_particular_documents() -> None:
    pdf = _docs(_by_id("cz001"), "pdf")[0]
    table = next(b for b in pdf if isinstance(b, dict))
    assert table["widths"][0] <= 130 and any(len(r[0]) > 40 for r in table["rows"])
    footer_case = _by_id("cz002")
    doc = _docs(footer_case, "docx")[0]
    person = footer_case["labels"]["contact"]["person"]
    assert person in doc["footer"] and person not in repr(doc["blocks"])
    brand = _by_id("cz003")
    assert brand["labels"]["organization"]["name"] not in brand["subject"]
    assert brand["labels"]["organization"]["name"] in repr(brand["attachments"])
    rounds = _docs(_by_id("cz004"), "xlsx")[0]
    assert [s["title"] for s in rounds][:2] == ["1. kolo", "2. kolo"]
    sig = next(b for b in _docs(_by_id("cz005"), "odt")[0] if isinstance(b, list) and len(b) == 4)
    marked = [row for row in sig[1:] if "kontaktní osoba" in row]
    assert len(sig) - 1 == 3 and len(marked) == 1
    assert marked[0][0] == _by_id("cz005")["labels"]["contact"]["person"]
    faculty = _by_id("cz006")
    assert "Fakulta" in faculty["databox"]["sender"]
    assert "Fakulta" not in faculty["labels"]["organization"]["name"]
    rtf = _by_id("cz007")
    ico = rtf["labels"]["organization"]["ico"]
    assert f"IČ/DIČ: {ico}/CZ{ico}" in repr(rtf["attachments"])


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:" in c["subject"]]
    assert len(in_annotation) >= 5 and any(len(c["subject"]) < 20 for c in boxes)
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    assert any(c["databox"]["type"] == 10 for c in boxes)
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5
    assert any(len(c["attachments"]) >= 2 for c in boxes)


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert signed
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in case["body"]
        assert case["labels"]["organization"]["ico"] in case["body"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        assert lab["organization"]["ico"] is None or ico_valid(lab["organization"]["ico"])
        assert lab["organization"]["ico"] != "00025593"
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+\d{8,15}", phone)
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+36"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert len(written) == 84
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
    assert sum(name.endswith(".xml") for name in written) >= 8
