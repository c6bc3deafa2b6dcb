"""The submission state machine: which transitions exist and who may make them."""

from __future__ import annotations

from intake.errors import UsageError
from intake.model import State

PROCESSING = (State.RECEIVED, State.CHECKED, State.VERIFIED, State.EXTRACTED)
"""States the pipeline moves on by itself, in order."""
REVIEWABLE = (State.READY_FOR_REVIEW, State.DEFECTIVE, State.LATE)

TRANSITIONS: dict[State, frozenset[State]] = {
    State.RECEIVED: frozenset({State.CHECKED, State.HELD, State.WITHDRAWN}),
    # held while the required malware scan cannot be done; released for a re-scan
    State.HELD: frozenset({State.RECEIVED, State.WITHDRAWN}),
    State.CHECKED: frozenset({State.VERIFIED, State.WITHDRAWN}),
    State.VERIFIED: frozenset({State.EXTRACTED, State.WITHDRAWN}),
    State.EXTRACTED: frozenset(
        {State.READY_FOR_REVIEW, State.DEFECTIVE, State.LATE, State.FILED, State.WITHDRAWN}
    ),
    State.READY_FOR_REVIEW: frozenset(
        {
            State.APPROVED,
            State.AWAITING_CONFIRMATION,
            State.REFUSED,
            State.DEFECTIVE,
            State.WITHDRAWN,
        }
    ),
    State.DEFECTIVE: frozenset(
        {
            State.APPROVED,
            State.AWAITING_CONFIRMATION,
            State.REFUSED,
            State.READY_FOR_REVIEW,
            State.WITHDRAWN,
        }
    ),
    # ČSÚ does not accept late filings; an officer may still refuse (or withdraw) explicitly.
    State.LATE: frozenset({State.REFUSED, State.WITHDRAWN}),
    # an overridden approval waits for a second officer ([decisions] second_approver);
    # a correction of its addresses takes it back to review
    State.AWAITING_CONFIRMATION: frozenset(
        {State.APPROVED, State.REFUSED, State.DEFECTIVE, State.READY_FOR_REVIEW, State.WITHDRAWN}
    ),
    # an approval can be revoked (refusal after approval) — the allow-list follows; a
    # correction of its addresses takes it back to review (and off the list)
    State.APPROVED: frozenset({State.REFUSED, State.READY_FOR_REVIEW, State.WITHDRAWN}),
    State.REFUSED: frozenset({State.APPROVED, State.AWAITING_CONFIRMATION, State.WITHDRAWN}),
    State.WITHDRAWN: frozenset(),
    # a delivery receipt is registered and kept: nothing to decide on it
    State.FILED: frozenset(),
}

DECISIONS: dict[str, State] = {
    "approve": State.APPROVED,
    "refuse": State.REFUSED,
    "defective": State.DEFECTIVE,
    "withdraw": State.WITHDRAWN,
    "confirm": State.APPROVED,
}
"""Decision kinds and the state each leads to. ``approve`` leads to
``awaiting_confirmation`` instead when it overrides blocking problems and a second approver is
required; ``confirm`` (by another officer) is the only way out of that state to ``approved``."""


def available_decisions(state: State | str) -> list[str]:
    """The decision kinds an officer may take on a filing in ``state``."""
    current = State(state)
    waiting = current == State.AWAITING_CONFIRMATION
    out = []
    for kind, target in DECISIONS.items():
        if kind == "approve" and waiting or kind == "confirm" and not waiting:
            continue
        if can_transition(current, target):
            out.append(kind)
    return out


def can_transition(old: State | str, new: State | str) -> bool:
    return State(new) in TRANSITIONS[State(old)]


def check_transition(old: State | str, new: State | str) -> None:
    """Raise UsageError when ``old → new`` is not a transition of the state machine."""
    if not can_transition(old, new):
        raise UsageError(f"a submission in state '{old}' cannot become '{new}'")
