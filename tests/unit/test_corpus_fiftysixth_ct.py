"""The fifty-sixth held-out part ``ct`` (tests/corpus/fiftysixth/ct###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, ☒/☐, [x]/[ ] and ANO/NE/TAK/Ja forms, workbooks with
several sheets and merged cells, an XLSX with a free-worded "účel" column, an ODT with a merged
test cell, a DOCX from a Czech subsidiary in English, an RTF with another firm's IČO in its
footer, cover notes and annotations that change the attachment, forwards as attached .eml; at
least eight data messages, one whose annotation is only a file reference, two from natural
persons in business) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysixth_ct_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftysixth_ct import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b|\bTAK\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"ct{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 4
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
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 2
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 5
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_this_rounds_particular_documents() -> None:
    ct001 = _case("ct001")
    assert ct001["subject"] == "Naše č.j. 41/2022"
    assert [k for k, _, _ in ct001["attachments"]] == ["docx"]
    ct002 = _text(_case("ct002")["attachments"])
    assert "razítko a podpis" in ct002 and _case("ct002")["labels"]["organization"]["ico"] in ct002
    sheet = _docs(_case("ct003"), "xlsx")[0][0]["rows"]
    assert any("účel" in row for row in sheet)
    purposes = {row[1] for row in sheet if IPV4.fullmatch(row[0])}
    assert {"ostrý provoz", "zkušební"} <= purposes
    odt = [b for b in _docs(_case("ct004"), "odt")[0] if isinstance(b, list)][0]
    merged = [i for i, row in enumerate(odt) if "," in row[1]]
    assert merged and odt[merged[0] + 1][1] == "", "test addresses in a cell spanning two rows"
    ct005 = _docs(_case("ct005"), "docx")[0]
    assert "GROUP" in ct005["header"] and "s.r.o." in ct005["footer"]
    ct006 = _case("ct006")
    assert ct006["databox"]["type"] == 40 and "„" in _text(ct006["attachments"])
    rtf = _docs(_case("ct007"), "rtf")[0]
    icos = re.findall(r"IČO:? (\d{8})", _text(rtf))
    assert len(set(icos)) == 2 and icos[0] == _case("ct007")["labels"]["organization"]["ico"]


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
    assert any(len(c["attachments"]) >= 2 for c in boxes)


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
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+\d{8,14}", phone)
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+43", "+48", "+36"):
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
    clients = set()
    for name, data in files().items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            clients.add(
                msg.get("X-Mailer")
                or msg.get("User-Agent")
                or msg.get("X-Originating-Client")
                or msg.get("X-Gm-Features")
            )
    assert len(clients - {None}) >= 10
