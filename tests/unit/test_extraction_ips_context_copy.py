"""``ips._ctx_with`` builds the object ``dataclasses.replace`` builds: ``_Context`` keeps the
shape the quick copy rests on (init fields only, no ``__post_init__``, no slots), and over
random contexts and random changes the copy equals ``replace``'s field for field, leaves the
original as it was, and refuses an unknown field as ``replace`` does."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from intake.extraction import ips
from intake.extraction.ips import Role, _Context, _ctx_with

_VALUES: dict[str, tuple[Any, ...]] = {
    "role": (None, Role.PRODUCTION, Role.TEST),
    "weak": (False, True),
    "columns": (None, [Role.TEST, None], [None, Role.PRODUCTION, Role.TEST]),
    "col_starts": (None, [0, 12], [0, 8, 20]),
    "drop": (False, True),
    "drop_open": (False, True),
    "carried": (False, True),
    "wrapped": (None, (("a", "b"), (0, 5))),
    "both": (False, True),
    "pair": (None, (Role.PRODUCTION, Role.TEST)),
    "bars": (None, 0, 3),
    "inner_bars": (None, 2),
    "old_rows": (False, True),
    "new_list": (False, True),
    "lone": (False, True),
    "off_col": (None, (2, 4)),
}


def test_the_context_keeps_the_shape_the_copy_rests_on() -> None:
    fields = dataclasses.fields(_Context)
    assert all(f.init for f in fields)
    assert not hasattr(_Context, "__post_init__")
    assert not hasattr(_Context, "__slots__")
    assert {f.name for f in fields} == set(_VALUES) == ips._CONTEXT_FIELDS
    # the typed changes are the fields, each typed as its field
    typed = {n: getattr(t, "__forward_arg__", t) for n, t in ips._ContextChanges.__annotations__.items()}
    assert typed == {f.name: f.type for f in fields}


def test_the_copy_is_what_replace_builds() -> None:
    rnd = random.Random(62)
    names = sorted(_VALUES)
    for _ in range(3000):
        made: dict[str, Any] = {n: rnd.choice(_VALUES[n]) for n in rnd.sample(names, rnd.randint(0, len(names)))}
        ctx = _Context(**made)
        if rnd.random() < 0.5:  # a copy of a copy, as the reading of lines makes
            again: Any = {n: rnd.choice(_VALUES[n]) for n in rnd.sample(names, 2)}
            ctx = _ctx_with(ctx, **again)
        before = vars(ctx).copy()
        changes: Any = {n: rnd.choice(_VALUES[n]) for n in rnd.sample(names, rnd.randint(0, 7))}
        quick, slow = _ctx_with(ctx, **changes), dataclasses.replace(ctx, **changes)
        assert type(quick) is _Context
        assert quick == slow
        assert vars(quick) == vars(slow)
        assert list(vars(quick)) == list(vars(slow))
        assert repr(quick) == repr(slow)
        assert vars(ctx) == before and quick is not ctx
        with pytest.raises(dataclasses.FrozenInstanceError):
            quick.role = None  # type: ignore[misc]


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError):
        dataclasses.replace(_Context(), rol=None)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _ctx_with(_Context(), rol=None)  # type: ignore[call-arg]
