"""Round 20: what a cover note or a data message's annotation says of the addresses its
attached application gives, and roles read from order, old addresses, gateways and
internal hosts."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, refused_uses
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

_FORM = "Žadatel: Kraj s.r.o.\nProdukční IP adresa: 198.51.100.61\nTestovací IP adresa: 198.51.100.62\n"

# 1. A cover refusing a whole use with a perfective, future or passive verb of using
#    ("nepoužijeme", "won't be used", "nebude použita", "nicht verwendet"): the cover wins,
#    the attachment's addresses of that use are withdrawn.


@pytest.mark.parametrize(
    ("note", "role"),
    [
        ("Žádost o přístup - testovací adresu uvedenou v příloze nepoužijeme, zřiďte jen produkční",
         Role.TEST),
        ("Testovací IP z formuláře nakonec nevyužijeme.", Role.TEST),
        ("Ta testovací adresa ve formuláři už nebude použita.", Role.TEST),
        ("Testovaciu adresu z prílohy nepoužijeme, stačí produkcia.", Role.TEST),
        ("The test address listed in the attached form will not be used.", Role.TEST),
        ("We won't be using the production address from the PDF for now.", Role.PRODUCTION),
        ("Die Testadresse aus dem Formular wird nicht verwendet.", Role.TEST),
    ],
)
def test_a_refusal_by_a_verb_of_using_in_any_tense_names_its_use(note: str, role: Role) -> None:
    assert refused_uses(note) == {role}


@pytest.mark.parametrize(
    "note",
    [
        # nothing refused: the verb is not negated
        "Testovací adresu z přílohy použijeme až od března.",
        # both uses in one refusing clause: no one use is refused
        "Adresy z formuláře nepoužijeme, testovací ani produkční.",
        # a refusal about something other than addresses, naming no use
        "Starý formulář už nepoužijeme.",
    ],
)
def test_near_misses_refuse_no_use(note: str) -> None:
    assert refused_uses(note) == set()


def test_an_annotation_refusing_the_test_address_of_the_attached_form_withdraws_it() -> None:
    x = extract(
        data_message(
            "Žádost o přístup k datům - testovací adresu z přílohy nepoužijeme, zřiďte jen produkční",
            text_file("zadost.txt", _FORM),
            dm_sender="Kraj s.r.o.",
        )
    )
    assert list(x.test_ips) == []
    assert [str(a) for a in x.production_ips] == ["198.51.100.61"]


def test_a_cover_that_refuses_nothing_leaves_the_form_certain() -> None:
    x = extract(mail(body("Dobrý den, posíláme formulář, obě adresy použijeme hned."),
                     text_file("zadost.txt", _FORM)))
    assert [str(a) for a in x.test_ips] == ["198.51.100.62"]
    assert x.fields["test_ips"].certain is True


def _roles(text: str) -> dict[str, Role | None]:
    from intake.extraction.ips import find_ips

    return {str(a): m.role for m in find_ips(text, joined=True) if not m.excluded for a in m.addresses}


# 2. A relative clause set off by commas after the noun naming the second address's use
#    ("a testovací adresa, kterou budeme používat do září, je B"): the noun leads B; the
#    clause's closing comma does not cut B's words off from it.


@pytest.mark.parametrize(
    "text",
    [
        "Produkční adresa je 192.0.2.10 a testovací adresa, kterou budeme používat jen do září, je 192.0.2.11.",
        "Production runs on 192.0.2.10 and the test box, which we keep only until May, is 192.0.2.11.",
        "Ostrý server má 192.0.2.10, testovací stroj, na kterém zkoušíme nové verze, pak 192.0.2.11.",
        "Produkcia beží na 192.0.2.10 a testovacia adresa, ktorú použijeme len do konca roka, je 192.0.2.11.",
        "Produktiv ist 192.0.2.10, die Testmaschine, welche wir nur bis Mai nutzen, hat 192.0.2.11.",
    ],
)
def test_a_relative_clause_after_the_use_noun_keeps_the_use_with_its_address(text: str) -> None:
    assert _roles(text) == {"192.0.2.10": Role.PRODUCTION, "192.0.2.11": Role.TEST}


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause trails the first address: the next one has its own use
        "Produkční adresa je 192.0.2.10, kterou používáme od ledna, a testovací 192.0.2.11.",
        # no relative clause: the plain reading stays
        "Produkční je 192.0.2.10, testovací 192.0.2.11.",
    ],
)
def test_near_misses_of_the_relative_clause_read_as_before(text: str) -> None:
    assert _roles(text) == {"192.0.2.10": Role.PRODUCTION, "192.0.2.11": Role.TEST}


# 3. Roles given by order, "první … druhá" written without diacritics (a phone's keyboard):
#    the ordinals are the same words.


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Posilam dve adresy 203.0.113.40 a 203.0.113.41, prvni je ostra, druha na testy.",
         Role.PRODUCTION, Role.TEST),
        ("Posilam 203.0.113.40 a 203.0.113.41, prvni na testy, druha ostra.", Role.TEST, Role.PRODUCTION),
        ("Adresy 203.0.113.40 a 203.0.113.41: prva je produkcna, druha testovacia.",
         Role.PRODUCTION, Role.TEST),
        ("IP 203.0.113.40 a 203.0.113.41 - prvni produkce, druhy server testovaci.",
         Role.PRODUCTION, Role.TEST),
    ],
)
def test_roles_by_order_are_read_without_diacritics(text: str, first: Role, second: Role) -> None:
    assert _roles(text) == {"203.0.113.40": first, "203.0.113.41": second}


def test_order_words_without_two_uses_assign_nothing_by_order() -> None:
    # one use named only: both addresses are production, not split by order
    roles = _roles("Posilam 203.0.113.40 a 203.0.113.41, prvni i druha jsou ostre.")
    assert Role.TEST not in roles.values()


# 4. A row's status after its address saying it is out of use, with an abbreviation's or a
#    date's dot inside the clause ("do r. 2024 – již nepoužíváme", "od 1. 9. neplatí"): the
#    dot does not end the clause, the address is withdrawn.

_TABLE = (
    "IP adresa        Účel        Stav\n"
    "198.51.100.5     produkce    {status}\n"
    "198.51.100.15    produkce    nová\n"
    "198.51.100.16    test        nová\n"
)


@pytest.mark.parametrize(
    "status",
    [
        "do r. 2024 – již nepoužíváme, zrušit",
        "od 1. 9. 2025 již neplatí",
        "cca. od května nepoužíváme",
        "k 31. 12. odstavena, zrušit",
    ],
)
def test_a_status_with_an_abbreviation_dot_still_withdraws_the_row(status: str) -> None:
    from intake.extraction.ips import find_ips

    gone = {str(a) for m in find_ips(_TABLE.format(status=status)) if m.excluded for a in m.addresses}
    assert gone == {"198.51.100.5"}


@pytest.mark.parametrize("status", ["platí do r. 2026", "od 1. 9. 2025 nová"])
def test_a_status_with_a_dot_that_withdraws_nothing_keeps_the_row(status: str) -> None:
    from intake.extraction.ips import find_ips

    gone = {str(a) for m in find_ips(_TABLE.format(status=status)) if m.excluded for a in m.addresses}
    assert gone == set()


def test_a_relative_clause_right_after_an_address_is_said_of_that_address() -> None:
    roles = _roles(
        "Mapy poběží ze serverů 192.0.2.50 a 192.0.2.51, které jsou pro ostrý provoz, "
        "zatímco 192.0.2.59 je jen testovací."
    )
    assert roles == {"192.0.2.50": Role.PRODUCTION, "192.0.2.51": Role.PRODUCTION, "192.0.2.59": Role.TEST}


def test_a_last_octet_after_the_address_is_no_abbreviation_dot() -> None:
    from intake.extraction.ips import find_ips

    found = find_ips("Místo 192.0.2.33 prosím povolte 192.0.2.34, stroj s .33 vyřazujeme.")
    assert [str(a) for m in found if not m.excluded for a in m.addresses] == ["192.0.2.34"]


def _kept(text: str) -> dict[str, Role | None]:
    from intake.extraction.ips import find_ips

    return {str(a): m.role for m in find_ips(text) if not m.excluded for a in m.addresses}


# 5. An address the text tells not to write down ("Router má A, ten tam nepiš", "don't write
#    that one in the form"): a router's or a gateway's address is no address to allow.


@pytest.mark.parametrize(
    "text",
    [
        "Produkce 203.0.113.32, test 203.0.113.40. Router má 203.0.113.1, ten tam nepiš.",
        "Produkce 203.0.113.32, test 203.0.113.40; brána je 203.0.113.1, tu tam nepište.",
        "Production 203.0.113.32, test 203.0.113.40. The router is 203.0.113.1 - don't write that one in the form.",
        "Produkcia 203.0.113.32, test 203.0.113.40. Smerovač má 203.0.113.1, ten tam nepíšte.",
    ],
)
def test_an_address_not_to_be_written_down_is_withdrawn(text: str) -> None:
    assert _kept(text) == {"203.0.113.32": Role.PRODUCTION, "203.0.113.40": Role.TEST}


def test_a_router_address_used_to_download_stays() -> None:
    assert "203.0.113.1" in _kept("Produkce 203.0.113.32, test 203.0.113.40. Router má 203.0.113.1, z něj stahujeme.")


# 6. A temporary machine whose removal is to come ("dočasný stroj, který zrušíme 30. 9.") is
#    in use now: not withdrawn. An internal (RFC 1918) host the text says never reaches the
#    office ("k Vám nepřistupuje", "does not connect to you") beside a public one is withdrawn.


@pytest.mark.parametrize(
    "tail",
    [
        "jde o dočasný stroj, který zrušíme 30. 9., po tomto datu už testovat nebudeme.",
        "a temporary box we will remove after September.",
        "dočasný server, ktorý v októbri zrušíme.",
        "ein vorübergehender Rechner, den wir im Oktober entfernen.",
    ],
)
def test_a_temporary_machine_to_be_removed_later_is_kept(tail: str) -> None:
    assert _kept(f"Produkce: 198.51.100.220\nTest: 198.51.100.222 – {tail}") == {
        "198.51.100.220": Role.PRODUCTION,
        "198.51.100.222": Role.TEST,
    }


def test_a_machine_already_removed_is_still_withdrawn() -> None:
    kept = _kept("Produkce: 198.51.100.220\nTest: 198.51.100.222 – ten stroj jsme už zrušili.")
    assert "198.51.100.222" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Interně data dál rozesílá server feed-int.example.local (172.16.4.20), ten ale k Vám přímo nepřistupuje.",
        "Our internal relay 10.20.0.5 does not connect to you directly.",
        "Interní cache 192.168.10.4 data od vás nestahuje, jen je přebírá.",
        "Vnútorný server 10.8.0.3 sa k vám nepripája.",
    ],
)
def test_an_internal_host_that_never_reaches_the_office_is_withdrawn(line: str) -> None:
    assert _kept(f"Produkce: 198.51.100.220\nTest: 198.51.100.222\n{line}") == {
        "198.51.100.220": Role.PRODUCTION,
        "198.51.100.222": Role.TEST,
    }


def test_a_public_address_that_does_not_connect_is_not_withdrawn_by_this_rule() -> None:
    kept = _kept("Produkce: 198.51.100.220\nTest: 198.51.100.222\nZáloha 198.51.100.230 se k Vám nepřipojuje.")
    assert "198.51.100.230" in kept
