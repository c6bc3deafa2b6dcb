"""The sixty-second held-out part ``dp`` (tests/corpus/sixtysecond/dp###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own languages and
scripts: Arabic and Hebrew right to left with left-to-right runs between bidi marks, Chinese
and Japanese with full-width punctuation around the addresses, Korean with a name written in
both orders, Macedonian and Ukrainian in Cyrillic, Polish, Hungarian, Croatian, Slovenian,
Irish, Maltese, Albanian, Spanish, Italian, French, Portuguese; a podcast that needs the feed
and films the count, foreign applicants with a foreign and a Czech phone, an IT contractor
applying for its client, a town's press office, student media, a polling agency, a blogger;
ranges, CIDR blocks, a netmask, 'respectively', roles given by an asterisk, IPv6, replaced,
temporary and internal hosts; declined, withdrawn, conditional, deferred, later-election and
filming-only requests; data messages carrying files) and its label mix. The checks every part
shares are in test_corpus_parts.py. Extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtysecond_dp import all_cases, files
from tests.corpus.sixtysecond_dp_common import FEED, FILM, LRE, LRM, PDF_, RLM, Style

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANG_MARKERS = {
    "ar": "مع خالص التحية",
    "he": "בברכה",
    "zh-Hans": "此致",
    "zh-Hant": "申請單位",
    "ko": "감사합니다",
    "ja": "よろしくお願いいたします",
    "pl": "Z wyrazami szacunku",
    "hu": "Üdvözlettel",
    "hr": "Srdačan pozdrav",
    "sl": "Lep pozdrav",
    "ga": "Le meas",
    "mt": "Grazzi u saħħa",
    "sq": "Me respekt",
    "mk": "Со почит",
    "uk": "З повагою",
    "es": "les saludamos atentamente",
    "it": "Cordiali saluti",
    "fr": "Bien cordialement",
    "pt": "Com os melhores cumprimentos",
    "en": "Cheers",
    "cs": "Dobrý den",
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
HEBREW = re.compile(r"[\u0590-\u05ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
# an address typed in ASCII right after or before full-width punctuation
FULL_WIDTH_AROUND = re.compile(r"[：「（、][\d.]+[」）、；。]")


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def _all_text(case: Any) -> str:
    """Every string of a case spec (or a list of them), joined: its body, HTML, files."""
    if isinstance(case, str):
        return case
    if isinstance(case, dict):
        return "\n".join(_all_text(v) for v in case.values())
    if isinstance(case, list | tuple):
        return "\n".join(_all_text(v) for v in case)
    return ""


def test_languages_styles_and_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"dp{n:03d}" for n in range(1, 43)]
    text = _all_text(cases)
    for lang, marker in LANG_MARKERS.items():
        assert marker in text, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style) and styles[Style.FOREIGN] >= 18
    assert styles[Style.TERSE] >= 3 and styles[Style.DATABOX] >= 5
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(n.startswith("Město") for n in names) == 1
    assert sum("Univerzita" in n for n in names) == 1
    assert sum(bool(CYRILLIC.search(n)) for n in names) == 2
    assert sum(bool(CJK.search(n)) for n in names) == 3
    persons = [c["labels"]["contact"]["person"] for c in cases]
    assert sum(bool(ARABIC.search(p)) for p in persons) == 1
    assert sum(bool(HEBREW.search(p)) for p in persons) == 1
    assert sum(bool(CYRILLIC.search(p)) for p in persons) == 3
    # natural persons applying for themselves
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["name"] == lab["contact"]["person"] for lab in labels) == 5


def test_this_rounds_new_classes() -> None:
    ar = _case("dp001")
    assert ar["body"].count(LRM) >= 8 and 'dir="rtl"' in ar["html"]
    assert f"{LRM}203.0.113.61{LRM}" in ar["body"]
    assert f"{LRM}k.haddad@almanara-media.example{LRM}" in ar["body"]
    he = _case("dp002")
    assert f"{LRE}198.51.100.66/31{PDF_}{RLM}" in he["body"]
    assert f"{LRE}noa.levi@shfela-news.example{PDF_}" in he["body"]
    assert he["labels"]["production_ips"] == ["198.51.100.66", "198.51.100.67"]
    for prefix in ("dp003", "dp005", "dp042"):
        assert FULL_WIDTH_AROUND.search(_case(prefix)["body"]), prefix
    assert FULL_WIDTH_AROUND.search(_all_text(_case("dp028")))
    asterisk = _case("dp021")
    assert "192.0.2.9*" in asterisk["body"] and "* testovací" in asterisk["body"]
    assert asterisk["labels"]["test_ips"] == ["192.0.2.9"]
    podcast = _case("dp006")
    assert "podcast" in podcast["body"] and podcast["labels"]["request_types"] == [FEED, FILM]
    uk = _case("dp014")
    assert "+380 67 555 0193" in uk["body"] and uk["labels"]["contact"]["phone"] == (
        "+420739512604"
    )
    it = _case("dp016")
    assert "+420 602 555 317" in it["body"] and it["labels"]["contact"]["phone"] == (
        "+393475550281"
    )
    contractor = _case("dp019")
    assert "žadatelem je náš klient" in contractor["body"]
    assert contractor["labels"]["organization"]["name"] == "Rádio Podbrdsko s.r.o."
    assert "DataKov" not in contractor["labels"]["organization"]["name"]
    conditional = _case("dp017")
    assert "Seulement si l'accès au flux n'était pas possible" in conditional["body"]
    assert conditional["labels"]["request_types"] == [FEED, FILM]
    korean = _case("dp004")
    assert "LEE Seo-yeon" in korean["body"] and "Seo-yeon LEE" in korean["body"]
    assert korean["labels"]["contact"]["person"] == "Seo-yeon Lee"


def test_address_shapes_and_request_twists() -> None:
    cases = all_cases()
    text = _all_text(cases)
    for marker in (
        "/31",
        "/126",
        "/32",
        "255.255.255.252",
        "203.0.113.70-72",
        "198.51.100.50-53",
        "198.51.100.30–198.51.100.32",
        "2001:db8:c0de::20-23",
        "odnosno",
        "oziroma",
        "resp. 192",
        "m'għadux jintuża",
        "dočasně",
        "10.11.0.4",
        "10.20.0.5",
    ):
        assert marker in text, marker
    for lab in (c["labels"] for c in cases):
        ips = lab["production_ips"] + lab["test_ips"]
        for gone in ("203.0.113.90", "192.0.2.77", "10.11.0.4", "10.20.0.5", "192.0.2.90"):
            assert gone not in ips  # replaced, corrected, internal or withdrawn
    assert _case("dp013")["labels"]["request_types"] == [FEED]  # filming withdrawn
    assert _case("dp042")["labels"]["request_types"] == [FILM]  # feed withdrawn
    assert _case("dp037")["labels"]["request_types"] == [FILM]  # feed deferred
    assert _case("dp012")["labels"]["request_types"] == [FEED]  # later election as a whole
    assert _case("dp036")["labels"]["request_types"] == [FILM]  # later election, filming
    assert _case("dp025")["labels"]["production_ips"][1] == "198.51.100.81"  # temporary
    assert _case("dp018")["labels"]["production_ips"][2] == "2001:db8:2b0::a"


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) == 6
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} == {10, 20, 40}
    kinds = {c["attachments"][0][0] for c in boxes}
    assert kinds == {"pdf", "xlsx", "odt", "docx", "txt"}


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 20
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
        "+20",
        "+33",
        "+34",
        "+351",
        "+353",
        "+355",
        "+356",
        "+36",
        "+385",
        "+386",
        "+389",
        "+39",
        "+44",
        "+48",
        "+49",
        "+81",
        "+886",
        "+972",
        "+420",
    ):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(name.endswith(".xml") for name in written) == 6
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1251",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"Foxmail",
        b"eM Client",
        b"Mailbird",
    ):
        assert marker in raw, marker
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    clients = {repr(c.get("headers")) for c in all_cases() if "headers" in c}
    assert len(clients) >= 18
    office = b"00025593"
    assert sum(office in data for name, data in written.items() if name.endswith(".eml")) >= 3
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            assert not msg.defects, name
