"""The forty-sixth held-out part ``bn`` (tests/corpus/fortysixth/bn###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own language or mixed with English, freelancers, universities and institutes, towns and
regional TV, agencies, contractors, a parent company and faculties writing for the applicant,
terse notes and long formal letters), addresses written as ranges, CIDR blocks, netmasks,
'respectively', uncompressed IPv6, replaced, temporary and internal hosts, requests declined,
withdrawn, conditional, left for a later election or for filming only, data messages that each
carry a file, names that read either way and a person named by initial and in full — and its
label mix. The checks every part shares are in test_corpus_parts.py. These cases were written
by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortysixth_bn_common import FEED, FILM, Style
from tests.corpus.make_fortysixth_bn import all_cases, files

LANGUAGES = {
    "german": re.compile(r"Sehr geehrte|Mit freundlichen Grüßen|Grüezi"),
    "polish": re.compile(r"Dzień dobry|Szanowni Państwo"),
    "slovak": re.compile(r"Dobrý deň|S pozdravom"),
    "hungarian": re.compile(r"Tisztelt|Üdvözlettel"),
    "french": re.compile(r"Madame, Monsieur|Bonjour"),
    "spanish": re.compile(r"Estimados|Buenos días"),
    "italian": re.compile(r"Gentili signori"),
    "dutch": re.compile(r"Goedemiddag|Met vriendelijke groet"),
    "swedish": re.compile(r"Vänliga hälsningar|Med vänliga hälsningar"),
    "english": re.compile(r"Dear (?:Sir|colleagues)"),
}
NETMASK = re.compile(r"255\.255\.255\.25[0-5]")
CIDR = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}/\d{2}|2001:db8:[0-9a-f:]*/\d{2,3}")
DOC_NETS = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
RANGE = re.compile(r"\d\s*(?:–|-|bis|až)\s*(?:\d{1,3}\.){0,3}\.?\d{1,3}\b")


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def _labels() -> list[dict[str, Any]]:
    return [c["labels"] for c in all_cases()]


def test_applicants_are_unusual_and_write_many_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    texts = [_text(c) for c in cases]
    for language, pattern in LANGUAGES.items():
        assert sum(bool(pattern.search(t)) for t in texts) >= 1, language
    foreign = [c for c in cases if c["labels"]["organization"]["ico"] is None]
    assert len(foreign) >= 12
    names = [lab["organization"]["name"] for lab in _labels()]
    assert sum(bool(re.search(r"[Uu]niver", n)) for n in names) >= 4
    assert sum(n.startswith("Město ") for n in names) >= 2
    assert any("v. v. i." in n for n in names)
    assert (
        sum(bool(re.search(r"\b(?:TV|Televiz|Telewizja|Televisió|Omroep)", n)) for n in names) >= 5
    )
    freelancers = [
        lab for lab in _labels() if lab["organization"]["name"] == lab["contact"]["person"]
    ]
    assert len(freelancers) >= 5
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 8 and styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 2
    assert styles[Style.INTERMEDIARY] >= 3


def test_intermediaries_apply_for_someone_else() -> None:
    """An agency, contractor, parent company, fixer or faculty writes: the applicant is not the
    sender's firm, whose own IČO (when it gives one) is not in the label."""
    cases = all_cases()
    by_id = {c["id"][:5]: c for c in cases}
    for cid in ("bn008", "bn013", "bn019", "bn032", "bn040"):
        case = by_id[cid]
        sender_domain = case["from"].rsplit("@", 1)[1].rstrip(">")
        assert case["labels"]["organization"]["name"].split()[0].lower() not in sender_domain
    for cid, firm in (
        ("bn008", "Netpoint Systems s.r.o."),
        ("bn013", "Regionální média Holding a.s."),
        ("bn040", "Regiomedia Agentura s.r.o."),
    ):
        found = re.search(re.escape(firm) + r", IČO (\d{8})", by_id[cid]["body"])
        assert found, cid
        assert by_id[cid]["labels"]["organization"]["ico"] != found.group(1), cid
    faculties = [c for c in cases if re.search(r"Fakult|Dipartimento|Department|Katedr", _text(c))]
    assert len(faculties) >= 3
    for case in faculties:
        assert re.search(r"univer", case["labels"]["organization"]["name"], re.I), case["id"]


def test_addresses_are_written_many_ways() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(NETMASK.search(t)) for t in texts) >= 4
    assert sum(bool(CIDR.search(t)) for t in texts) >= 6
    assert sum(bool(RANGE.search(t)) for t in texts) >= 6
    assert sum(bool(re.search(r"respectiv", t)) for t in texts) >= 2
    assert any("2001:0db8:" in t for t in texts), "an uncompressed IPv6 address"
    assert any(re.search(r"\b10\.\d+\.\d+\.\d+\b", t) for t in texts), "an internal host"
    assert (
        sum(bool(re.search(r"replaced|sostituito|entfällt|ruším|vecchio", t)) for t in texts) >= 3
    )
    assert any(re.search(r"dočasn|temporary", t) for t in texts)
    for lab in _labels():
        for ip in lab["production_ips"] + lab["test_ips"]:
            address = ipaddress.ip_address(ip)
            assert str(address) == ip
            assert any(address in ipaddress.ip_network(net) for net in DOC_NETS), ip
        assert "10.20.0.5" not in lab["production_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5


def test_requests_declined_withdrawn_conditional_or_later() -> None:
    by_id = {c["id"][:5]: c for c in all_cases()}
    # filming declined, withdrawn, dropped by the annotation or left for a later election
    for cid in ("bn001", "bn009", "bn012", "bn018", "bn029", "bn033", "bn034"):
        assert by_id[cid]["labels"]["request_types"] == [FEED], cid
    # conditional filming requests still count
    for cid in ("bn017", "bn040"):
        assert by_id[cid]["labels"]["request_types"] == [FEED, FILM], cid
    # filming only, the XML explicitly not needed
    for cid in ("bn002", "bn016", "bn024", "bn035"):
        lab = by_id[cid]["labels"]
        assert lab["request_types"] == [FILM] and not lab["production_ips"], cid


def test_names_initials_and_order() -> None:
    by_id = {c["id"][:5]: c for c in all_cases()}
    assert by_id["bn018"]["labels"]["contact"]["person"] == "Jitka Kratochvílová"
    assert "J. Kratochvílová" in _text(by_id["bn018"])
    assert by_id["bn025"]["labels"]["contact"]["person"] == "Marta Veselá"
    assert "M. Veselá" in by_id["bn025"]["from"]
    assert by_id["bn004"]["labels"]["contact"]["person"] == "Szabó Dóra"
    assert by_id["bn021"]["labels"]["contact"]["person"] == "Alena Křížová"
    assert by_id["bn034"]["labels"]["contact"]["person"] == "Marek Hudák"
    assert by_id["bn015"]["labels"]["contact"]["person"] == "Matěj Vávra"
    for cid in ("bn014", "bn027"):  # both words are common given names
        assert by_id[cid]["labels"]["contact"]["person"] in _text(by_id[cid]["body"])


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_the_part_has_its_label_mix() -> None:
    labels = _labels()
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 10
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 5
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 6
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 6
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+36", "+33", "+34", "+39", "+31", "+46"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
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
