"""Password strength: a minimum length and the zxcvbn estimate, with Czech reasons.

``weakness(password, username)`` is pure (apart from zxcvbn's module-level dictionary of user
inputs, which a lock guards); ``intake.accounts`` refuses a password it finds fault with, for
the web UI and the CLI alike. The estimator is given the user name and the office's own words
(an officer's first guess at a password is "podatelna2022" or the office's name)."""

from __future__ import annotations

import threading
from typing import Any

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3
"""zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^8 guesses and more)."""
ESTIMATE_CHARS = 72
"""zxcvbn refuses longer input; the first 72 characters of a long passphrase are estimated."""

OFFICE_WORDS = (
    "heslo",
    "podatelna",
    "elektronicka",
    "statistika",
    "statisticky",
    "statisticky urad",
    "cesky statisticky urad",
    "csu",
    "czso",
    "urad",
    "uradu",
    "ceska",
    "republika",
    "praha",
    "scitani",
    "referent",
    "referentka",
    "spravce",
    "admin",
    "administrator",
    "auditor",
    "uzivatel",
    "prihlaseni",
    "podani",
    "zadost",
    "tajne",
)
"""Words of this office (without diacritics: zxcvbn compares lowercased text as it is)."""

WARNINGS_CS = {
    "Straight rows of keys are easy to guess.": "Řady kláves za sebou se snadno uhodnou.",
    "Short keyboard patterns are easy to guess.": "Krátké vzory na klávesnici se snadno uhodnou.",
    'Repeats like "aaa" are easy to guess.': "Opakované znaky jako „aaa“ se snadno uhodnou.",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': (
        "Opakované skupiny znaků jako „abcabc“ nejsou o moc bezpečnější než „abc“."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': (
        "Posloupnosti jako „abc“ nebo „6543“ se snadno uhodnou."
    ),
    "Recent years are easy to guess.": "Nedávné letopočty se snadno uhodnou.",
    "Dates are often easy to guess.": "Data se často snadno uhodnou.",
    "This is a top-10 common password.": "Toto je jedno z nejběžnějších hesel vůbec.",
    "This is a top-100 common password.": "Toto je jedno ze sta nejběžnějších hesel.",
    "This is a very common password.": "Toto je velmi běžné heslo.",
    "This is similar to a commonly used password.": "Heslo se podobá běžně používanému heslu.",
    "A word by itself is easy to guess.": "Samotné slovo se snadno uhodne.",
    "Names and surnames by themselves are easy to guess.": (
        "Samotná jména a příjmení se snadno uhodnou."
    ),
    "Common names and surnames are easy to guess.": "Běžná jména a příjmení se snadno uhodnou.",
}

_estimator_lock = threading.Lock()


def _estimate(password: str, inputs: list[str]) -> dict[str, Any]:
    # zxcvbn keeps the user inputs in a module-level dictionary: one estimate at a time
    with _estimator_lock:
        result: dict[str, Any] = zxcvbn(password[:ESTIMATE_CHARS], user_inputs=inputs)
    return result


def weakness(password: str, username: str = "") -> str | None:
    """Why ``password`` is not good enough (a Czech sentence), or None when it is."""
    if len(password) < MIN_LENGTH:
        return f"Heslo musí mít nejméně {MIN_LENGTH} znaků."
    if not password.strip():
        return "Heslo nesmí být jen z mezer."
    inputs = [username, *username.replace(".", " ").replace("@", " ").split(), *OFFICE_WORDS]
    result = _estimate(password, [w for w in inputs if w])
    if int(result["score"]) >= MIN_SCORE:
        return None
    warning = str(result.get("feedback", {}).get("warning") or "")
    why = WARNINGS_CS.get(warning, "")
    if username and username.lower() in password.lower():
        why = "Heslo obsahuje uživatelské jméno."
    return " ".join(
        part
        for part in (
            "Heslo je příliš snadné uhodnout.",
            why,
            "Použijte delší heslo z několika nesouvisejících slov, ne běžná slova, "
            "jména, data ani posloupnosti.",
        )
        if part
    )
