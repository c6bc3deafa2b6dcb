"""The forty-sixth held-out part ``bm`` (tests/corpus/fortysixth/bm###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, ☑/☒/☐, [x]/[ ] and ANO/NE/Ja/Nein/YES/NO forms, form
lines whose label words share a cell with the value, workbooks with several sheets, merged and
nested table cells, documents with a page header and footer, cover notes and annotations in
several languages that withdraw, add or change something in the attachment, forwards as
attached .eml; at least eight data messages, each with a file, with the application in the
annotation, in the file or split between them; signature blocks with IČO and data-box ID) and
its label mix. The checks every part shares are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fortysixth_bm_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortysixth_bm import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b|\bYES\b")
SHARED = re.compile(r"Název a IČO:|Name / ID|\(název, IČO\):|Název / IČO|Jméno a příjmení /")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
# words of a cover note or annotation that withdraws, adds or changes the attachment, by language
CHANGE = {
    "cs": re.compile(r"škrtněte|doplňuj|stahuji|překlep|místo|platí jen|budu dále já"),
    "sk": re.compile(r"škrtnite|napokon nebudeme"),
    "en": re.compile(r"disregard|please use me instead|One addition"),
    "de": re.compile(r"streichen|Ergänzung"),
    "pl": re.compile(r"Zmiana:"),
}


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def _note(case: dict[str, Any]) -> str:
    """The cover note (body or HTML) of a mail, the annotation of a data message."""
    if "databox" in case:
        return str(case["subject"])
    return str(case.get("body") or "") + str(case.get("html") or "")


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 4
    assert all(c["style"] == Style.EMPTY for c in empty)
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + _note(c))]
    assert len(forms) >= 10
    shared = [c for c in cases if SHARED.search(_text(c.get("attachments")) + _note(c))]
    assert len(shared) >= 8
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 6


def test_cover_notes_change_the_attachment_in_several_languages() -> None:
    cases = all_cases()
    changing = {
        lang: [c["id"] for c in cases if rx.search(_note(c))] for lang, rx in CHANGE.items()
    }
    for lang, ids in changing.items():
        assert ids, lang
    assert sum(len(ids) for ids in changing.values()) >= 12
    # a withdrawn request or address is absent from the label
    by_id = {c["id"]: c for c in cases}
    assert FILM not in by_id["bm016-slovak-cover-withdraws-filming"]["labels"]["request_types"]
    assert (
        FEED not in by_id["bm042-html-english-note-withdraws-the-feed"]["labels"]["request_types"]
    )
    assert not by_id["bm004-cover-withdraws-the-test-address"]["labels"]["test_ips"]
    austrian = by_id["bm030-austrian-cover-strikes-an-address"]["labels"]["production_ips"]
    assert "192.0.2.202" not in austrian and "192.0.2.202" in _text(
        by_id["bm030-austrian-cover-strikes-an-address"]["attachments"]
    )
    assert FILM in by_id["bm031-forwarded-eml-cover-adds-filming"]["labels"]["request_types"]


def test_documents_have_sheets_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 3
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 6
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    assert any("rowspan" in c.get("html", "") for c in cases)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 20]
    assert len(in_annotation) >= 3 and len(bare) >= 2
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 3
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5
    assert any(len(c["attachments"]) >= 2 for c in boxes)


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 3
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _note(case)
        assert case["labels"]["organization"]["ico"] in _note(case)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 6
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        ico = lab["organization"]["ico"]
        assert ico is None or ico_valid(ico)
        assert ico != "00025593" and lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", lab["contact"]["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+43", "+48", "+49", "+36"):
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
    clients = set()
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            clients.add(
                str(
                    msg["X-Mailer"]
                    or msg["User-Agent"]
                    or msg["X-Gm-Features"]
                    or msg["X-Originating-Client"]
                )
            )
    assert len(clients) >= 10
