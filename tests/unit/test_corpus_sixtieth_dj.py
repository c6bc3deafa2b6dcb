"""The sixtieth held-out part ``dj`` (tests/corpus/sixtieth/dj###-…): what is particular to
this part — unusual applicants and wording (foreign media in their own languages and scripts,
a Korean bureau writing the family name in capitals, an agency applying for two clients, a
Slovak company's Czech branch, a student radio through the dean's office, a Městský úřad for
the town's newsletter, freelancers, institutes and IT contractors; ranges, CIDR blocks,
netmasks, 'respectively' in several languages, IPv6, replaced/temporary/internal hosts;
declined, withdrawn, conditional, later-election and filming-only requests; data messages
carrying files) and its label mix. The checks every part shares are in test_corpus_parts.py.
Extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtieth_dj import all_cases, files
from tests.corpus.sixtieth_dj_common import FEED, FILM, Style

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANG_MARKERS = {
    "uk": "Шановні пані та панове",
    "bg": "Уважаеми дами и господа",
    "el": "Αξιότιμοι κύριοι",
    "pt": "respetivamente",
    "pt-BR": "respectivamente",
    "ro": "Bună ziua",
    "hr": "Lijep pozdrav",
    "sr": "Srdačan pozdrav",
    "et": "vabakutseline ajakirjanik",
    "lv": "Ar cieņu",
    "no": "Vennlig hilsen",
    "tr": "Saygılarımızla",
    "ca": "Salutacions cordials",
    "fr": "Bonjour",
    "it": "Cordiali saluti",
    "es": "Atentamente",
    "de": "Freundliche Grüsse",
    "pl": "Z poważaniem",
    "is": "Góðan dag",
    "sk": "Dobrý deň",
    "en": "Kind regards",
    "cs": "Dobrý den",
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
GREEK = re.compile(r"[\u0370-\u03ff]")


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def test_languages_styles_and_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"dj{n:03d}" for n in range(1, 43)]
    text = repr(cases)
    for lang, marker in LANG_MARKERS.items():
        assert marker in text, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 9 and styles[Style.FOREIGN] >= 15
    assert styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 3
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(n.startswith(("Město", "Obec")) for n in names) >= 1
    assert sum(n.startswith(("Univerzita", "Università", "Universidad")) for n in names) >= 3
    assert sum(bool(CYRILLIC.search(n)) for n in names) == 1  # the Bulgarian; dj001 is Latin


def test_cyrillic_and_greek_media() -> None:
    uk = _case("dj001")
    lab = uk["labels"]
    assert CYRILLIC.search(uk["body"]) and CYRILLIC.search(lab["contact"]["person"])
    assert not CYRILLIC.search(lab["organization"]["name"])  # the Czech registration
    assert "IČO " + lab["organization"]["ico"] in uk["body"]
    bg = _case("dj015")
    assert bg["charset"] == "windows-1251" and CYRILLIC.search(bg["labels"]["contact"]["person"])
    el = _case("dj002")
    assert el["charset"] == "iso-8859-7"
    assert GREEK.search(el["labels"]["organization"]["name"])
    assert GREEK.search(el["labels"]["contact"]["person"])


def test_this_rounds_named_cases() -> None:
    ko = _case("dj003")
    assert "PARK Ji-hoon" in ko["body"] and "Prague Bureau" in ko["body"]
    assert ko["labels"]["contact"]["person"] == "Ji-hoon Park"
    agency = _case("dj004")
    lab = agency["labels"]["organization"]
    client_icos = re.findall(r"IČO (\d{8})", agency["body"])
    assert len(client_icos) == 3 and all(ico_valid(i) for i in client_icos)
    assert lab["ico"] == client_icos[0] and "svým jménem" in agency["body"]
    sk = _case("dj005")
    sk_ico = re.search(r"IČO (\d\d \d{3} \d{3})", sk["body"])
    assert sk_ico and not ico_valid(sk_ico.group(1).replace(" ", ""))
    assert sk["labels"]["organization"]["name"].endswith("organizační složka")
    assert ico_valid(sk["labels"]["organization"]["ico"])
    radio = _case("dj006")
    assert radio["from"].startswith("Sekretariát děkana")
    assert "Za děkanát" in _text(radio) and "Rádio Poodří" in _text(radio)
    assert radio["labels"]["contact"]["email"] not in radio["from"]
    assert "respetivamente" in _case("dj007")["body"]
    assert "respectivamente" in _case("dj009")["body"]
    town = _case("dj008")
    assert town["body"].startswith("Městský úřad")
    assert town["labels"]["organization"]["name"].startswith("Město ")
    assert "IČO " + town["labels"]["organization"]["ico"] in town["body"]


def test_address_shapes_and_request_twists() -> None:
    cases = all_cases()
    text = repr(cases)
    for marker in (
        "/31",
        "/32",
        "/126",
        "255.255.255.254",
        "255.255.255.255",
        "198.51.100.71–73",
        "::10 do 2001",
        " až 198",
        "bzw.",
        "odpowiednio",
        "resp. 192",
        "10.20.4.15",
        "10.0.8.12",
    ):
        assert marker in text, marker
    for lab in (c["labels"] for c in cases):
        ips = lab["production_ips"] + lab["test_ips"]
        for gone in ("203.0.113.130", "198.18.7.20", "198.51.100.118", "10.20.4.15"):
            assert gone not in ips  # replaced, corrected or internal
    assert _case("dj034")["labels"]["request_types"] == [FILM]  # feed withdrawn
    assert _case("dj028")["labels"]["request_types"] == [FEED]  # filming withdrawn
    assert _case("dj014")["labels"]["request_types"] == [FEED, FILM]  # conditional, asked
    assert _case("dj023")["labels"]["request_types"] == [FEED]  # later election as a whole
    assert _case("dj024")["labels"]["production_ips"][0] == "2001:db8:77::"


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        own = case["labels"]["organization"]["databox_id"]
        if case["id"].startswith("dj016"):  # the contractor's box, not the applicant's
            assert own is None
        else:
            assert own == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {20, 40}


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 15
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
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
        assert org["databox_id"] != "2gfaasy"
        contact = lab["contact"]
        assert re.fullmatch(r"\+\d{8,15}", contact["phone"])
        assert contact["email"].endswith(".example")
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in (
        "+30",
        "+351",
        "+55",
        "+40",
        "+385",
        "+372",
        "+371",
        "+47",
        "+359",
        "+90",
        "+381",
        "+354",
        "+41",
        "+1",
        "+421",
    ):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(name.endswith(".xml") for name in written) >= 5
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"iso-8859-7",
        b"windows-1251",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    clients = {repr(c.get("headers")) for c in all_cases() if "headers" in c}
    assert len(clients) >= 12
    office = b"00025593"
    assert sum(office in data for name, data in written.items() if name.endswith(".eml")) >= 2
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
