"""The twentyfifth held-out part ``sc`` (tests/corpus/twentyfifth/sc###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own language or mixed
English, freelancers, universities and institutes, municipalities, agencies, IT contractors
writing for a medium, terse notes, long letters), addresses written as ranges, CIDR blocks,
netmasks, order words, IPv6, replaced, temporary or internal hosts, request types declined,
withdrawn, conditional, for a later election or filming only, and at least four data messages,
each with a file and a short annotation. The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the mail clients, charsets, encodings,
wrappers and attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentyfifth_sc import all_cases
from tests.corpus.twentyfifth_sc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case's writer wrote: subject, body, HTML and attachment contents."""
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in eight languages, freelancers, universities and institutes,
    municipalities, agencies, contractors, terse notes and long letters."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.CONTRACTOR, Style.DATABOX):
        assert styles[style] >= 3, style
    for style in (Style.AGENCY, Style.TERSE, Style.LETTER, Style.MUNICIPALITY, Style.FORM):
        assert styles[style] >= 1, style
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in cases)
    greetings = (
        "Sehr geehrte",  # German
        "Szanowni Państwo",  # Polish
        "Dobrý deň",  # Slovak
        "Tisztelt",  # Hungarian
        "Madame, Monsieur",  # French
        "Estimados señores",  # Spanish
        "Med vennlig hilsen",  # Norwegian
        "Tack så mycket",  # Swedish
    )
    for greeting in greetings:
        assert greeting in text, greeting
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(n.startswith(("Město ", "Obec ", "Městys ")) for n in names) >= 3
    assert sum("univerzita" in n.lower() or "v. v. i." in n or "z. ú." in n for n in names) >= 4
    freelancers = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(freelancers) >= 4


def test_the_part_writes_addresses_in_unusual_ways() -> None:
    """CIDR blocks, netmasks, written ranges, IPv6 (also as a block and a range), internal
    NAT addresses, replaced and temporary hosts, host names."""
    cases = all_cases()
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d+\.\d+\.\d+\.\d+/30\b", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+/32\b", text)
    assert "::/126" in text
    assert "255.255.255.252" in text and "255.255.255.254" in text
    assert re.search(r"\d+\.\d+\.\d+\.\d+ až \d+\.\d+\.\d+\.\d+", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+ až \.\d+", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+-\d+ ", text)
    assert "10.40.1.15" in text and "vyřadili" in text and "dočasný" in text
    assert "respectively" in text and "první ostrá, druhá testovací" in text
    labels = [c["labels"] for c in cases]
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 5


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only, both, declined, withdrawn, conditional and for a later election."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 4 and types[(FEED,)] >= 20
    text = "\n".join(_text(c) for c in cases)
    for wording in (
        "nie jest nam potrzebny",
        "Nous ne demandons pas",
        "nežiadame",
        "nicht geplant",
        "Natáčení prosím škrtněte",
        "beru zpět",
        "Pokud to bude možné",
        "podzim 2026",
        "☐ povolení",
    ):
        assert wording in text, wording


def test_data_messages_carry_a_file_and_a_short_annotation() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
    assert any(re.search(r"\d+\.\d+\.\d+\.\d+", c["subject"]) for c in boxes)
