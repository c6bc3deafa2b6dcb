"""The nineteenth held-out part ``mc`` (tests/corpus/nineteenth/mc###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media writing in their own
language or in mixed English, freelancers, universities, institutes, municipalities, agencies and
IT contractors writing for a medium, terse notes and long letters), its addresses (ranges, CIDR
blocks, netmasks, IPv6, replaced, temporary and internal hosts), its request types (declined,
withdrawn, conditional, meant for a later election, filming only), identifiers and contacts
written in the case, phones from many countries and its data messages. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the mail
clients, charsets, encodings and attachment kinds of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_nineteenth_mc import all_cases
from tests.corpus.nineteenth_mc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case's writer wrote (subject, bodies, attachments), without its labels."""
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def test_the_part_has_its_emphasis_on_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 6 and styles[Style.MIXED_ENGLISH] >= 4, styles
    for style in (Style.FREELANCER, Style.INSTITUTION, Style.AGENCY):
        assert styles[style] >= 2, style
    names = [c["labels"]["organization"]["name"] for c in all_cases()]
    assert sum(n.startswith(("Město ", "Městys ", "Obec ")) for n in names) >= 2
    assert sum(n.startswith(("Univerzita", "Ústav", "Institut", "Gymnázium")) for n in names) >= 4
    assert styles[Style.CONTRACTOR] >= 3 and styles[Style.TERSE] >= 3, styles
    assert styles[Style.DATABOX] >= 4 and len(styles) >= 12, styles
    text = " ".join(_text(c) for c in all_cases())
    languages = {
        "German": "Mit freundlichen Grüßen",
        "Polish": "Z poważaniem",
        "Slovak": "Ďakujem",
        "Hungarian": "Üdvözlettel",
        "French": "Bien cordialement",
        "Spanish": "Atentamente",
        "Swedish": "Med vänliga hälsningar",
        "Norwegian": "Med vennlig hilsen",
        "Danish": "Med venlig hilsen",
        "Finnish": "Ystävällisin terveisin",
    }
    for language, phrase in languages.items():
        assert phrase in text, language
    for word in ("bzw.", "respektive", "illetve", "henholdsvis", "respectivement"):
        assert word in text, word


def test_the_part_has_its_address_forms() -> None:
    text = " ".join(_text(c) for c in all_cases())
    assert re.search(r"\d/30\b", text) and re.search(r"\d/31\b", text)
    assert re.search(r"\d/32\b", text) and "255.255.255.252" in text
    assert "255.255.255.254" in text and " až 192.0.2.43" in text
    assert "2001:0db8:01f0:0000:0000:0000:0000:0080" in text  # written uncompressed
    assert re.search(r"\b10\.\d+\.\d+\.\d+", text) and "172.16.8.40" in text  # internal hosts
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5


def test_the_part_has_its_request_type_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 6 and types[(FEED,)] >= 20, types
    by_id = {c["id"][:5]: c["labels"]["request_types"] for c in all_cases()}
    assert by_id["mc012"] == [FEED]  # filming withdrawn in a P.S.
    assert by_id["mc032"] == [FILM]  # the feed withdrawn in an addendum
    assert by_id["mc002"] == [FEED]  # filming only at a later election
    assert by_id["mc005"] == [FILM] and by_id["mc037"] == [FILM]  # the feed declined
    assert by_id["mc006"] == [FEED, FILM] and by_id["mc027"] == [FILM]  # conditional wishes
    assert by_id["mc025"] == [FEED] and by_id["mc039"] == [FEED]  # unticked / NE


def test_identifiers_and_contacts_come_from_the_text() -> None:
    """Every labelled IČO, box ID and e-mail is written in the case; foreign registry numbers
    that read as eight digits fail the IČO check digit, and their applicants have no IČO."""
    for case in all_cases():
        text, lab = _text(case), case["labels"]
        ico = lab["organization"]["ico"]
        if ico:
            assert ico in re.sub(r"(?<=\d) (?=\d)", "", text), case["id"]
        box = lab["organization"]["databox_id"]
        if box:
            assert box in text, case["id"]
        assert lab["contact"]["email"] in text, case["id"]
    for foreign in ("38417265", "24817355", "84613527", "28471935"):  # CVR, HU, CIF, Y-tunnus
        assert not ico_valid(foreign), foreign
    without = [c for c in all_cases() if c["labels"]["organization"]["ico"] is None]
    assert len(without) >= 15


def test_phones_come_from_many_countries() -> None:
    phones = [c["labels"]["contact"]["phone"] for c in all_cases()]
    assert all(phones)
    for country in ("+420", "+421", "+49", "+48", "+36", "+34", "+46", "+47", "+45", "+358"):
        assert any(p.startswith(country) for p in phones), country
    for country in ("+43", "+41", "+32"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_carry_the_application_in_the_annotation_or_in_a_file() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    address = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
    feed = [c for c in databox if c["labels"]["production_ips"]]
    in_annotation = [c for c in feed if not address.search(repr(c.get("attachments")))]
    assert in_annotation and all(address.search(c["subject"]) for c in in_annotation)
    kinds = {kind for c in databox for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    assert {c["databox"].get("type", 20) for c in databox} >= {10, 20, 30}
