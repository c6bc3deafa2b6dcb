"""The sixty-second held-out part ``do`` (tests/corpus/sixtysecond/do###-…): what is particular to
this part — attachments, forms and data messages (a file behind every case, fifteen data
messages, ☑/☒/☐, [x]/[ ] and ANO/NE forms, row/column headers and merged role cells,
letterheads and footers with identifiers, cover notes that change the file) and the new file
classes of this round, read back from the rendered messages: Word check-box and plain-text
content controls, a DOCX footnote and endnote, an XLSX instructions sheet before the data, XLSX
hidden rows and a hidden sheet, a DOCX numbered list, merged role cells in XLSX and ODS, a UTF-16
text file with a BOM, a Mac text file with CR line ends, an RTF table, and data messages with a
signed PDF plus a DOCX of the same form. Extraction is deliberately not run here: the part is
scored only at the end of the round."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections import Counter

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtysecond_do import all_cases, files
from tests.corpus.rendered import Rendered, member, pdf_text
from tests.corpus.sixtysecond_do_common import FEED, FILM, KINDS, Style

IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8")


R = Rendered(all_cases, files)
_case, _attachments, _only = R.case, R.attachments, R.only
_member, _pdf_text = member, pdf_text


def test_every_case_carries_a_file_and_the_mix_is_the_parts() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"do{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    for mark in ("☑", "☒", "☐", "[x]", "[ ]", "ANO", "IGEN"):
        assert any(mark in repr(c["attachments"]) for c in cases), mark
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style)
    assert styles[Style.DATABOX] >= 12
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml", "di-pdf", "di-acro"):
        assert kinds[kind] >= 1, kind
    for kind in (*KINDS, "di-ods", "dl-csv", "dl-html"):
        assert kinds[kind] >= 1, kind
    assert sum(len(c["attachments"]) >= 2 for c in cases) >= 3
    langs = " ".join(c.get("body", "") + c["subject"] for c in cases)
    for word in ("Sehr geehrte", "Dzień dobry", "Tisztelt", "Dobrý deň", "Hello"):
        assert word in langs, word


def test_data_messages() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) == 15
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        own = case["labels"]["organization"]["databox_id"]
        assert own == case["databox"]["box"] or case["id"].startswith("do035")
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    parent = _case("do035")
    assert parent["databox"]["sender"] != parent["labels"]["organization"]["name"]
    assert "ID DS rv2kd6s" in _member(_only("do035", ".docx"), "word/footer1.xml")


def test_docx_content_controls() -> None:
    for prefix, states in (("do001", {"1", "0"}), ("do040", {"1"})):
        xml = _member(_only(prefix, ".docx"), "word/document.xml")
        assert set(re.findall(r'<w14:checked w14:val="(\d)"/>', xml)) == states
        texts = re.findall(r"<w:text/></w:sdtPr><w:sdtContent><w:r><w:t[^>]*>([^<]*)<", xml)
        labels = _case(prefix)["labels"]
        assert labels["organization"]["name"] in texts
        assert labels["contact"]["person"] in texts
        assert any(labels["production_ips"][0] in t for t in texts)


def test_docx_footnote_and_endnote() -> None:
    data = _only("do002", ".docx")
    notes = _member(data, "word/footnotes.xml")
    document = _member(data, "word/document.xml")
    assert "pouze pro testování" in notes and '<w:footnoteReference w:id="1"/>' in document
    assert "pouze pro testování" not in document
    assert _case("do002")["labels"]["test_ips"] == ["203.0.113.125"]
    data = _only("do013", ".docx")
    end = _member(data, "word/endnotes.xml")
    assert "543 210 678" in end and "543 210 678" not in _member(data, "word/document.xml")
    assert "endnotes.xml" in _member(data, "word/_rels/document.xml.rels")


def test_docx_numbered_list() -> None:
    xml = _member(_only("do005", ".docx"), "word/document.xml")
    items = re.findall(r'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>.*?</w:p>', xml)
    assert len(items) == 4
    assert "testovací" in items[-1] and "203.0.113.39" in items[-1]


def test_xlsx_sheets_hidden_rows_and_merges() -> None:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(_only("do003", ".xlsx")))
    assert wb.sheetnames == ["Pokyny", "Údaje"]
    assert not IP.search(str([r for r in wb["Pokyny"].values]))
    ws = openpyxl.load_workbook(io.BytesIO(_only("do004", ".xlsx")))["Adresy"]
    hidden = {ws.cell(n, 2).value for n in range(1, 10) if ws.row_dimensions[n].hidden}
    assert hidden == {"192.0.2.180", "192.0.2.181"}
    assert not hidden & set(_case("do004")["labels"]["production_ips"])
    wb = openpyxl.load_workbook(io.BytesIO(_only("do020", ".xlsx")))
    assert wb["Volby 2024"].sheet_state == "hidden" and wb["Volby 2025"].sheet_state == "visible"
    ws = openpyxl.load_workbook(io.BytesIO(_only("do006", ".xlsx")))["IP"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A2:A4", "A5:A6"}
    ods = _member(_only("do012", ".ods"), "content.xml")
    assert 'table:number-rows-spanned="3"' in ods


def test_text_files_utf16_and_mac() -> None:
    raw = _only("do007", ".txt")
    assert raw[:2] == b"\xff\xfe" and "203.0.113.241" in raw.decode("utf-16")
    raw = _only("do008", ".txt")
    assert b"\r" in raw and b"\n" not in raw
    assert "192.0.2.88" in raw.decode("utf-8")


def test_rtf_table() -> None:
    for prefix in ("do009", "do030"):
        rtf = _only(prefix, ".rtf").decode("ascii")
        assert "\\trowd" in rtf and "\\cell" in rtf and "\\row" in rtf


def test_signed_pdf_and_docx() -> None:
    import docx
    import pypdf

    for prefix in ("do010", "do011"):
        pdf = _only(prefix, ".pdf")
        fields = pypdf.PdfReader(io.BytesIO(pdf)).get_fields() or {}
        sig = fields["Podpis1"]["/V"]
        assert sig["/SubFilter"] == "/adbe.pkcs7.detached"
    same = _case("do010")
    assert same["subject"] == "Žádost"
    pdf_text = _pdf_text(_only("do010", ".pdf"))
    doc = docx.Document(io.BytesIO(_only("do010", ".docx")))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    labels = same["labels"]
    values = [*labels["production_ips"], *labels["test_ips"], labels["contact"]["email"]]
    assert IP.findall(" ".join(cells)) == IP.findall(pdf_text)
    assert all(v in pdf_text and v in " ".join(cells) for v in values)
    differ = _case("do011")
    assert "platí podepsané PDF" in differ["subject"]
    draft = docx.Document(io.BytesIO(_only("do011", ".docx")))
    draft_cells = [c.text for t in draft.tables for row in t.rows for c in row.cells]
    assert "198.51.100.94" in draft_cells and differ["labels"]["test_ips"] == ["198.51.100.95"]
    assert "198.51.100.95" in _pdf_text(_only("do011", ".pdf"))


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 28 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 3
    assert types[()] == 1
    for lab in labels:
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        if FEED not in lab["request_types"]:
            assert not lab["production_ips"] and not lab["test_ips"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["phone"] is None or re.fullmatch(r"\+\d{9,14}", contact["phone"])
        assert contact["email"] is None or contact["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(not lab["contact"]["phone"].startswith("+420") for lab in labels) >= 5


def test_written_messages_have_the_raw_markers() -> None:
    written = R.written
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"message/rfc822",
        b"text/csv",
    ):
        assert marker in raw, marker
    everything = b"".join(written.values())
    for office in (b"00025593", b"2gfaasy", b"274 052 733"):
        assert office in raw or office in everything, office
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
