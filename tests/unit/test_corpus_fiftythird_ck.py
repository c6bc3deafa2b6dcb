"""The fifty-third held-out part ``ck`` (tests/corpus/fiftythird/ck###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind nearly every
case, empty bodies carrying the application, ☒/☐ content controls under 'zaškrtněte', [x]/[ ]
and ANO/NE forms, an RTF with the wrong ANO/NE word struck through, a workbook of three sheets,
roles in a 'Pozn.' row, merged and nested cells, a PDF with an image caption and a text table,
headers and footers, forwards as attached .eml, cover notes that change the attachment; at
least eight data messages, two annotated only 'viz příloha' with files described as two
documents; signature blocks with IČO, box ID or the DIČ alone; the Czech template filled in
English) and its label mix. The checks every part shares are in test_corpus_parts.py. These
cases were written by hand apart from the extraction rules and are scored only at the end of
the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftythird_ck_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftythird_ck import all_cases, files

BOXES = re.compile(r"[☐☒]|\[[ xX]\]|\bANO\b")
STRIKE = "\u0336"
DOC_RANGES = [
    ipaddress.ip_network(n)
    for n in (
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "198.18.0.0/15",
        "2001:db8::/32",
    )
]


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_files_carry_the_applications_and_forms_are_many() -> None:
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
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 4


def test_this_rounds_particular_documents() -> None:
    cases = {c["id"]: c for c in all_cases()}
    docx = _text(_docs(cases["ck001-docx-content-controls-zaskrtnete"], "docx"))
    assert "zaškrtněte" in docx and "☒" in docx and "☐" in docx
    pdf = _text(_docs(cases["ck003-pdf-letter-image-caption-and-table"], "pdf"))
    assert "Obr. 1" in pdf and "'rows'" in pdf
    sheets = _docs(cases["ck004-empty-xlsx-roles-in-pozn-row"], "xlsx")[0]
    assert any(row[0].startswith("Pozn.") for s in sheets for row in s["rows"])
    rtf = _text(_docs(cases["ck005-rtf-ano-ne-struck-through"], "rtf"))
    assert STRIKE in rtf and "škrtněte" in rtf
    assert "DIČ: CZ" in _text(cases["ck007-docx-letter-dic-only-signature"]["attachments"])
    assert "IČO" not in _text(cases["ck007-docx-letter-dic-only-signature"]["attachments"])
    english = cases["ck006-english-on-czech-template-danish-agency"]
    assert english["style"] == Style.FOREIGN and "YES" in _text(english["attachments"])
    viz = [c for c in cases.values() if "databox" in c and "viz příloha" in c["subject"]]
    assert len(viz) >= 3
    two = re.compile(r"dva dokumenty|2 dokumenty|Dokument 1/2")
    assert all(two.search(_text(c)) for c in viz)


def test_documents_have_sheets_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 2
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 4
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    ips = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8")
    assert sum(bool(ips.search(c["subject"])) for c in boxes) >= 3
    assert sum(len(c["subject"]) < 45 for c in boxes) >= 3
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


def test_the_part_has_its_label_mix_and_well_formed_labels() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 18 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 12
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_RANGES), ip
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        contact = lab["contact"]
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+45", "+36"):
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
                msg["X-Mailer"]
                or msg["User-Agent"]
                or msg["X-Gm-Features"]
                or msg["X-Originating-Client"]
            )
    assert len(clients - {None}) >= 10
