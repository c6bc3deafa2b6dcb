"""The fifty-ninth held-out part ``dg`` (tests/corpus/fiftyninth/dg###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own languages,
freelancers, universities, municipalities, agencies and IT contractors; ranges, CIDR blocks,
netmasks, 'respectively', IPv6, replaced/temporary/internal hosts; declined, withdrawn,
conditional, later-election and filming-only requests; data messages carrying files) and its
label mix. The checks every part shares are in test_corpus_parts.py. Extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter

from tests.corpus.fiftyninth_dg_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyninth_dg import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANG_MARKERS = {
    "de": "Sehr geehrte",
    "pl": "Dzień dobry",
    "lt": "gamybinis adresas",
    "sl": "produkcijski naslov",
    "hu": "Üdvözlettel",
    "fr": "Madame, Monsieur",
    "es": "Atentamente",
    "it": "Buongiorno",
    "nl": "respectievelijk",
    "sv": "Hej",
    "da": "produktion / test",
    "sk": "Dobrý deň",
}


def _case(prefix: str) -> dict:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def test_foreign_languages_and_unusual_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    text = repr(cases)
    for lang, marker in LANG_MARKERS.items():
        assert marker in text, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8 and styles[Style.FOREIGN] >= 15
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(n.startswith(("Město", "Obec")) for n in names) >= 2
    assert sum("univerzita" in n.lower() or "universität" in n.lower() for n in names) >= 3


def test_this_rounds_named_cases() -> None:
    assert "testinis adresas" in repr(_case("dg003"))
    assert "testni naslov" in repr(_case("dg004"))
    town = _case("dg005")
    assert town["databox"]["type"] == 10 and "zpravodaj" in repr(town).lower()
    assert town["labels"]["organization"]["name"] == "Město Horní Lomnice"
    sk = _case("dg006")["labels"]
    assert sk["organization"]["name"].endswith("foto") and sk["organization"]["ico"] is None
    assert re.search(r"[A-Z]\d\d [A-Z0-9]{4}", repr(_case("dg007")))
    dk = _case("dg008")
    assert "CVR" in repr(dk) and dk["labels"]["organization"]["ico"] is None
    uni = _case("dg009")
    assert "Fakult" in repr(uni) and uni["labels"]["organization"]["name"].endswith("Jihlavě")


def test_address_shapes_and_request_twists() -> None:
    cases = all_cases()
    text = repr(cases)
    for marker in (
        "/30",
        "/31",
        "/127",
        "255.255.255.252",
        "255.255.255.254",
        "respectivement",
        " - 198.51",
        "t/m",
        "od 198",
        "0db8:0000",
        "10.12.0.5",
    ):
        assert marker in text, marker
    for lab in (c["labels"] for c in cases):
        assert "198.51.100.65" not in lab["production_ips"]  # replaced
        assert "203.0.113.70" not in lab["production_ips"]
        assert "203.0.113.220" not in lab["production_ips"]  # old
    assert _case("dg015")["labels"]["request_types"] == [FILM]  # feed withdrawn
    assert _case("dg033")["labels"]["request_types"] == [FEED]  # filming withdrawn
    assert _case("dg012")["labels"]["request_types"] == [FILM]  # feed deferred
    assert _case("dg026")["labels"]["request_types"] == [FEED]  # later election as a whole


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 15 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not ips
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        contact = lab["contact"]
        assert re.fullmatch(r"\+\d{8,15}", contact["phone"])
        assert contact["email"].endswith(".example")
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+49", "+48", "+370", "+386", "+353", "+45", "+36", "+33", "+34", "+39"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(name.endswith(".xml") for name in written) >= 4
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
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
    clients = {repr(c.get("headers")) for c in all_cases() if "headers" in c}
    assert len(clients) >= 10
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
