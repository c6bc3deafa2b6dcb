"""Property: no exception escapes a stage, and every input gets a recorded outcome.

Each target (``tests.fuzz.harness``) runs over mutated real samples and generated inputs.
CI runs a reduced number of examples; ``PODATELNA_FUZZ_EXAMPLES=N`` raises it per target, and
``bench/fuzz.py`` runs 100 000 inputs in total.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.conftest import examples
from tests.fuzz.harness import Harness
from tests.fuzz.strategies import fuzz_input, mime_messages


def _settings(n: int) -> settings:
    return settings(
        max_examples=examples(n),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


def _recorded(outcome: object) -> None:
    assert isinstance(outcome, str) and outcome, f"no recorded outcome: {outcome!r}"


TARGETS = {
    "mime": 150,
    "smime": 150,
    "cms": 150,
    "zfo": 150,
    "zfo_xml": 200,
    "document": 150,
    "content": 80,
    "analyse": 60,
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("target", list(TARGETS))
def test_mutated_samples(harness: Harness, target: str) -> None:
    fn = harness.targets()[target]

    @_settings(TARGETS[target])
    @given(fuzz_input(harness.seeds[target]))
    def run(data: bytes) -> None:
        _recorded(fn(data))

    run()


@pytest.mark.timeout(120)
def test_generated_mime_messages(harness: Harness) -> None:
    @_settings(150)
    @given(mime_messages())
    def run(raw: bytes) -> None:
        _recorded(harness.mime(raw))
        _recorded(harness.smime(raw))
        _recorded(harness.content(raw))

    run()


@pytest.mark.timeout(120)
def test_generated_messages_through_analyse(harness: Harness) -> None:
    @_settings(50)
    @given(mime_messages())
    def run(raw: bytes) -> None:
        _recorded(harness.analyse(raw))

    run()


@pytest.mark.timeout(120)
def test_contact_extraction_on_text(harness: Harness) -> None:
    """IP, phone and e-mail finders over arbitrary text and mutated real bodies."""
    texts = st.one_of(
        st.text(max_size=300),
        st.text(alphabet="0123456789./:-, \n\tabcdefABCDEF+()xX", max_size=300),
        fuzz_input(harness.seeds["contacts"]),
    )

    @_settings(300)
    @given(texts)
    def run(text: str | bytes) -> None:
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        _recorded(harness.contacts(data))

    run()
