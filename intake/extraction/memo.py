"""Answers remembered for one application only.

Several rules ask the same question of the same text within one application (the writer's
country, a piece's request reading, a line's cues); ``per_application`` remembers such answers
and ``forget_texts`` (called by ``extract.extract_application`` before each application) drops
them, so that one application never profits from the texts of another: the instruction bench,
which reads the same files twice, then measures what a new application costs. Caches of word
lists and compiled patterns, whose keys recur in every application, stay plain ``lru_cache``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

_CACHES: list[_lru_cache_wrapper[Any]] = []


def per_application(maxsize: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """``lru_cache(maxsize)``, emptied by ``forget_texts`` before each application."""

    def wrap(fn: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached

    return wrap


def forget_texts() -> None:
    """Drop every answer remembered for the previous application's texts."""
    for cache in _CACHES:
        cache.cache_clear()
