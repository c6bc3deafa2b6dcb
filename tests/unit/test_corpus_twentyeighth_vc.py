"""The twentyeighth held-out part ``vc`` (tests/corpus/twentyeighth/vc###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own languages or
mixed with English, freelancers, universities and an institute, towns, agencies, IT contractors
writing for a medium, terse notes and long letters), addresses as ranges, CIDR blocks, netmasks,
order words and IPv6 with replaced, temporary and internal hosts, request types declined,
withdrawn, conditional or left for a later election and filming-only requests, at least four data
messages each carrying a file — plus that every generated file loads and every label is valid per
tests/corpus/LABELS.md (IČO checksum, E.164 phones, lists of canonical addresses, request types
from the two values). The cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_twentyeighth_vc import N0, PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyeighth_vc_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
STYLES = {s.value for s in Style}


def _text(case: dict) -> str:
    """A case's own written text: body, HTML and the text of its document attachments."""
    parts = [case.get("body", ""), case.get("html", ""), case["subject"]]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_ids_files_and_offset() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], "vc", 42)
    assert N0 == 8000
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in at least eight languages, freelancers, universities, towns, agencies,
    IT contractors, terse notes and a long letter."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 12, styles
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.AGENCY):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 3 and styles[Style.TERSE] >= 3
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 8
    words = {  # a word only a writer of that language would use
        "de": "Grüße",
        "pl": "Pozdrawiam|poważaniem",
        "sk": "Dobrý deň",
        "hu": "Üdvözlettel",
        "fr": "Bonjour|Madame, Monsieur",
        "es": "saludo|Atentamente",
        "no": "Med vennlig hilsen",
        "da": "Mvh",
        "fi": "Ystävällisin terveisin",
        "en": "Kind regards|Many thanks",
    }
    text = "\n".join(_text(c) for c in cases)
    for lang, word in words.items():
        assert re.search(word, text), lang
    assert any(len(c.get("body", "")) > 1500 for c in cases), "a long letter"
    assert sum(len(c.get("body", "")) < 400 for c in cases if "body" in c) >= 2, "terse notes"


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks and netmasks expanded, IPv6 on both roles, internal hosts and a
    replaced server left out."""
    cases = all_cases()
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d/3[01]\b", text) and "255.255.255.25" in text
    assert re.search(r"\d+ bis \.\d+|až po|\d\s?[-–]\s?\d{1,3}\.\d", text)
    assert re.search(r"\b10\.\d+\.\d+\.\d+|192\.168\.", text), "an internal host"
    labels = [c["labels"] for c in cases]
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 6
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    assert "198.51.100.33" not in repr(labels), "the replaced server"


def test_the_part_has_its_request_type_mix() -> None:
    """Every combination, at least four filming-only requests, and declined, withdrawn,
    conditional and later requests that do not count."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6
    assert any("withdraw" in c["description"] or "withdrawn" in c["description"] for c in cases)
    assert any(re.search(r"later|next year", c["description"]) for c in cases)
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+47", "+45", "+358"):
        assert any(p and p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 5, kinds
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Email",
        b"Email.cz (Seznam Email)",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"Evolution",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
