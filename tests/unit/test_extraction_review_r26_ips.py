"""Review of round 26 (address reader, attached versions, certainty): each finding's example
and a variant or two of its class."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Evidence, Gate, Proof, context, gate
from intake.extraction.ips import Role, find_ips
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line, split_body
from intake.extraction.versions import disowned_files


def _roles(text: str) -> list[tuple[str, Role | None, bool]]:
    return [(m.text, m.role, m.excluded) for m in find_ips(text)]


# 1. an address of version's shape after a use word is an address
@pytest.mark.parametrize(
    ("text", "addr", "role"),
    [
        ("Non-prod 3.12.5.20", "3.12.5.20", Role.TEST),
        ("Pre-prod 3.12.5.20", "3.12.5.20", Role.TEST),
        ("Klient stahuje výsledky, produkce 3.12.5.20", "3.12.5.20", Role.PRODUCTION),
        ("The client will use 5.10.20.30 for production.", "5.10.20.30", Role.PRODUCTION),
        ("Naše aplikace běží u klienta, testovací 4.10.2.7", "4.10.2.7", Role.TEST),
        ("The agent will use 6.1.2.3 for testing.", "6.1.2.3", Role.TEST),
    ],
)
def test_version_shaped_address_with_use(text: str, addr: str, role: Role) -> None:
    assert _roles(text) == [(addr, role, False)]


@pytest.mark.parametrize(
    "text",
    ["parser (volby-parser 2.4.1.0)", "the current release of feedgrab is 4.1.0.2"],
)
def test_version_still_a_version(text: str) -> None:
    assert all(excluded for _, _, excluded in _roles(text))


# 5. an internal address noted as never reaching the office; not by a superlative or "nebo"
@pytest.mark.parametrize(
    ("note", "withdrawn"),
    [
        ("Testovací IP: 10.0.5.10, ten s Vámi nekomunikuje", True),
        ("Testovací IP: 10.0.5.10, it doesn't talk to you", True),
        ("Testovací IP: 10.0.5.10, it won't connect with you", True),
        ("Testovací IP: 10.0.5.10 – připojí se k vám nejdřív přes VPN", False),
        ("Testovací IP: 10.0.5.10, k vám nebo k nám", False),
        ("Testovací IP: 10.0.5.10 – připojí se k vám nejprve přes VPN", False),
    ],
)
def test_internal_note(note: str, withdrawn: bool) -> None:
    found = _roles("Produkční IP: 198.51.100.10\n" + note)
    assert found[0] == ("198.51.100.10", Role.PRODUCTION, False)
    assert found[1][0] == "10.0.5.10" and found[1][2] is withdrawn


# 6. a use set right after a second word of correction: the first address stays
@pytest.mark.parametrize(
    "text",
    [
        "198.51.100.10 sorry, should be test and 198.51.100.20 production",
        "198.51.100.10 – oprava: správně testovací a 198.51.100.20 ostrá",
        "198.51.100.10 pardon, correction: should be test and 198.51.100.20 production",
    ],
)
def test_use_set_right_after_second_correction_word(text: str) -> None:
    assert _roles(text) == [
        ("198.51.100.10", Role.TEST, False),
        ("198.51.100.20", Role.PRODUCTION, False),
    ]


_FILES = ["zadost_2024.txt", "zadost_2025.txt"]


# 2-4. which of two attached versions the covering text leaves out
@pytest.mark.parametrize(
    ("own", "left_out"),
    [
        # 2. an age word picking the valid file does not disown it
        ("Platí ten starší.", {"zadost_2025.txt"}),
        ("Please use the older one.", {"zadost_2025.txt"}),
        ("Berte prosím ten předchozí, 2025 jsem poslal omylem.", {"zadost_2025.txt"}),
        ("Ta novější platí.", {"zadost_2024.txt"}),
        ("The older one is wrong.", {"zadost_2024.txt"}),
        ("zadost_2024.txt je starší.", {"zadost_2024.txt"}),
        # 3. "opravená" calls a file the valid one
        ("Ta druhá je opravená.", {"zadost_2024.txt"}),
        ("Ta první je opravená.", {"zadost_2025.txt"}),
        # 4. an ordinal counting addresses names no file
        ("The first address in the form is old.", set()),
        ("Ta první adresa ve formuláři je stará.", set()),
        ("The first IP address is old.", set()),
        ("Ta první je stará.", {"zadost_2024.txt"}),
    ],
)
def test_disowned_versions(own: str, left_out: set[str]) -> None:
    assert disowned_files(own, _FILES, lambda f: True) == left_out


_FORM = "ŽÁDOST\nŽadatel: Rádio Podhůří s.r.o.\nProdukční IP: 192.0.2.40\n"


def _context(note: str) -> object:
    blocks = list(split_body("body.txt", note))
    lines = tuple(Line(i, t) for i, t in enumerate(_FORM.splitlines(), 1))
    blocks.append(Block("zadost.pdf", Kind.ATTACHMENT, lines))
    return context(blocks)


# 7. a negation opening the next sentence is no answer to the clause before
@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Chtěli bychom ale i nahrávat zvuk. Nebude to dlouho trvat.", {"recording_permit"}),
        (
            "Rádi bychom na sběrném místě také natáčeli. Ne všichni redaktoři ale přijedou.",
            {"recording_permit"},
        ),
        ("Natáčení: ne, děkujeme.", set()),
        ("Natáčení na sběrném místě – ne.", set()),
    ],
)
def test_cover_types_negation_after(sentence: str, types: set[str]) -> None:
    ctx = _context(f"Dobrý den,\n\nposílám formulář. {sentence}\n")
    assert set(ctx.cover_types) == types  # type: ignore[attr-defined]


# 8. the note's addresses as the address reader reads them
@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Klient má verzi 2.4.1.0, build 300.1.2.3.", False),
        ("Adresu 192.0.2.9 prosím zrušte.", False),
        ("Starou adresu 192.0.2.9 už nepoužíváme.", False),
        ("Testovací IP je 192.0.2.41.", True),
    ],
)
def test_attachment_ips_note_addresses(sentence: str, flagged: bool) -> None:
    ctx = _context(f"Dobrý den,\n\nposílám formulář. {sentence}\n")
    found = gate("production_ips", ["192.0.2.40"], Proof(Evidence.LABEL, Kind.ATTACHMENT), ctx)  # type: ignore[arg-type]
    assert found == ((Gate.ATTACHMENT_IPS, Reason.OTHER_CANDIDATE) if flagged else None)


# 10. a surname's particles from nameparser's list
@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("João dos Santos", False),
        ("Anna ter Horst", False),
        ("Maria del Carmen Ruiz", True),
    ],
)
def test_person_words_particles(name: str, flagged: bool) -> None:
    found = gate("contact.person", name, Proof(Evidence.NO_LINE))
    assert (found is not None) is flagged


# 9. the audit's replay takes every address field's values out of the note's rivals
@pytest.mark.parametrize(
    ("extra", "left"),
    [
        ({"placed_ips": ["192.0.2.1"]}, {"192.0.2.2"}),  # a newer record: all the values
        ({"field": "production_ips", "value": ["192.0.2.2"]}, {"192.0.2.1"}),  # an older one
    ],
)
def test_audit_placed_ips(monkeypatch: pytest.MonkeyPatch, extra: dict, left: set[str]) -> None:
    from intake.extraction import certainty
    from tests.corpus import certainty_audit

    ctx = certainty.Context(own_ips=frozenset({"192.0.2.1", "192.0.2.2"}))
    monkeypatch.setattr(certainty, "context", lambda blocks: ctx)
    case = "a001-outlook-windows1250-signature-mobile"
    rec = {"case": case, "field": "contact.person", "value": "x", "component": None, "line": None}
    (out,) = certainty_audit.reclassify([rec | extra])
    assert set(out["ctx"].own_ips) == left
