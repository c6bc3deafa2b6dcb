"""The forty-third held-out part ``bd`` (tests/corpus/fortythird/bd###-…): what is particular
to this part — unusual applicants and wording (foreign media writing in at least eight languages
of their own, messages mixing two languages, freelancers, universities and an institute, towns
and a village, contractors writing for a medium, terse notes beside long letters), addresses
written unusually (written ranges, CIDR blocks, netmasks, "respectively" words, uncompressed
IPv6, replaced, cancelled, temporary and internal hosts that stay out of the labels), requests
declined, withdrawn, conditional or left for a later election, and at least four data messages
that each carry a file. The checks every part shares are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.fortythird_bd_common import FEED, FILM, Style
from tests.corpus.make_fortythird_bd import all_cases

# A word or phrase that only a message written in that language carries.
LANGUAGES = {
    "de": re.compile(r"Sehr geehrte|Grüße|Grüsse|Ansprechp|Vielen Dank"),
    "pl": re.compile(r"Dzień dobry|Szanowni|Pozdrawiam"),
    "sk": re.compile(r"Dobrý deň|Žiadosť|S pozdravom"),
    "hu": re.compile(r"Tisztelt|Köszönettel|Üdvözlettel"),
    "fr": re.compile(r"Bonjour|Cordialement|Madame, Monsieur"),
    "es": re.compile(r"Estimados|Atentamente|Un saludo"),
    "it": re.compile(r"Buongiorno|Buonasera|Distinti saluti|Spettabile"),
    "nl": re.compile(r"Geachte|Met vriendelijke groet"),
    "sv": re.compile(r"Med vänliga hälsningar|Vänliga hälsningar|Hej,"),
}
IPV4 = r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
WRITTEN = {
    "cidr": re.compile(rf"{IPV4}/\d{{2}}\b"),
    "netmask": re.compile(r"255\.255\.255\.\d+"),
    "range": re.compile(rf"{IPV4}\s*(?:-|–|až)\s*(?:{IPV4}|\d{{1,3}}\b)"),
    "respectively": re.compile(r"respectively|respectivement|\bresp\."),
    "uncompressed IPv6": re.compile(r"2001:0db8(?::[0-9a-f]{4}){6}"),
}
INTERNAL = re.compile(r"\b(?:10\.\d+\.\d+\.\d+|172\.16\.\d+\.\d+)")


def _text(case: dict[str, Any]) -> str:
    """Everything a case writes, nested attachments included."""
    return repr({k: case.get(k) for k in ("subject", "body", "html", "attachments")})


def _addresses(case: dict[str, Any]) -> list[str]:
    lab = case["labels"]
    return list(lab["production_ips"]) + list(lab["test_ips"])


def test_foreign_media_write_in_their_own_languages() -> None:
    cases = all_cases()
    found = {lang for lang, rx in LANGUAGES.items() if any(rx.search(_text(c)) for c in cases)}
    assert len(found) >= 8, found
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 6 and styles[Style.MIXED] >= 4, styles
    for case in cases:
        if case["style"] == Style.MIXED:
            langs = {lang for lang, rx in LANGUAGES.items() if rx.search(_text(case))}
            english = re.search(r"\b(?:the|we|please|request)\b", _text(case), re.I)
            czech = re.search(r"Dobrý den|Děkuji|žádost|Jsem", _text(case))
            assert len(langs) + bool(english) + bool(czech) >= 2, case["id"]
    foreign_phones = {
        m.group(1)
        for c in cases
        if (p := c["labels"]["contact"]["phone"]) and (m := re.match(r"\+(4[1-9]|3\d)", p))
    }
    assert len(foreign_phones) >= 9, foreign_phones


def test_the_applicants_are_unusual() -> None:
    labels = [c["labels"] for c in all_cases()]
    names = [lab["organization"]["name"] for lab in labels]
    persons = [lab["contact"]["person"] for lab in labels]
    freelancers = [n for n, p in zip(names, persons, strict=True) if n.startswith(p)]
    assert len(freelancers) >= 5, freelancers
    assert sum("univerzit" in n.lower() or "universidad" in n.lower() for n in names) >= 3
    assert any("institut" in n.lower() for n in names)
    assert sum(n.startswith(("Město ", "Obec ")) for n in names) >= 3
    assert sum(c["style"] == Style.BEHALF for c in all_cases()) >= 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 18
    terse = [c for c in all_cases() if c["style"] == Style.TERSE]
    assert len(terse) >= 6 and all(len(c["body"]) < 450 for c in terse)
    long = [c for c in all_cases() if len(_text(c)) >= 1000]
    assert len(long) >= 8
    assert max(len(_text(c)) for c in long) >= 2000


def test_addresses_are_written_unusually() -> None:
    cases = all_cases()
    for form, rx in WRITTEN.items():
        assert any(rx.search(_text(c)) for c in cases), form
    expanded = [c for c in cases if len(c["labels"]["production_ips"]) >= 3]
    assert len(expanded) >= 8
    v6 = [c for c in cases if any(":" in ip for ip in c["labels"]["production_ips"])]
    assert len(v6) >= 5
    assert any(":" in ip for c in cases for ip in c["labels"]["test_ips"])
    internal = [c for c in cases if INTERNAL.search(_text(c))]
    assert len(internal) >= 3
    for case in internal:  # an internal host is never an applicant's address
        assert not any(INTERNAL.match(ip) for ip in _addresses(case)), case["id"]
    left_out = re.compile(r"vervangen|remplacée|nahrazuje|zrušeno|dočasn")
    dropped = [c for c in cases if left_out.search(_text(c))]
    assert len(dropped) >= 5
    for case in dropped:  # some written address of the case stays out of its label
        written = set(re.findall(rf"{IPV4}|2001:db8:[0-9a-f:]+", _text(case)))
        assert written - set(_addresses(case)), case["id"]


def test_request_types_are_declined_withdrawn_conditional_or_later() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 10 and types[(FEED,)] >= 15, types
    by_word: dict[str, list[dict[str, Any]]] = {
        word: [c for c in cases if word in c["description"]]
        for word in ("withdraw", "declin", "conditional", "later", "cancels")
    }
    for word, found in by_word.items():
        assert found, word
    for word in ("withdraw", "declin", "later", "cancels"):
        for case in by_word[word]:  # filming asked for and taken back: the feed only
            assert case["labels"]["request_types"] in ([FEED], [FILM]), case["id"]
    for case in by_word["conditional"]:
        assert FILM in case["labels"]["request_types"], case["id"]
    for case in cases:
        if case["labels"]["request_types"] == [FILM]:
            assert not _addresses(case), case["id"]


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 4
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
