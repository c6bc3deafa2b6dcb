"""Dated algorithm policy (ETSI TS 119 312): an algorithm is judged at the time of the best
proof of existence of what it protects. The sunset dates are data (``algorithm_sunsets.toml``).

Two different answers are kept apart: ``WEAK`` (known, but no longer secure at that time) and
``UNSUPPORTED`` (podatelna cannot evaluate it at all)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path

from asn1crypto import algos, keys
from pyhanko_certvalidator.policy_decl import AlgorithmUsageConstraint, AlgorithmUsagePolicy

SUNSETS_FILE = Path(__file__).with_name("algorithm_sunsets.toml")


class AlgoProblem(StrEnum):
    WEAK = "weak"
    """Known, but not secure at the time it is judged."""
    UNSUPPORTED = "unsupported"
    """Not evaluated by podatelna (not in the policy, or no implementation)."""


@dataclass(frozen=True)
class AlgoVerdict:
    problem: AlgoProblem
    algorithm: str
    """What was judged, e.g. ``sha1`` or ``rsa 1024 bits``."""
    sunset: date | None = None

    def explain(self) -> str:
        """Czech sentence for the officer (no ETSI codes inside)."""
        if self.problem is AlgoProblem.UNSUPPORTED:
            return f"Algoritmus {self.algorithm} podatelna nepodporuje, podpis proto nelze ověřit."
        when = f" (platnost skončila {self.sunset:%d. %m. %Y})" if self.sunset else ""
        return f"Algoritmus {self.algorithm} nebyl v rozhodný okamžik dostatečně bezpečný{when}."


@dataclass(frozen=True)
class Sunsets:
    digests: dict[str, date | None]
    keys: dict[str, tuple[tuple[int, date | None], ...]]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def sunsets(path: Path = SUNSETS_FILE) -> Sunsets:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Sunsets(
        digests={k: _day(v) for k, v in data["digests"].items()},
        keys={
            k: tuple(sorted((int(bits), _day(d)) for bits, d in v))
            for k, v in data["keys"].items()
        },
    )


def _at(moment: datetime | None) -> date | None:
    return moment.astimezone(UTC).date() if moment is not None else None


def digest_verdict(name: str, moment: datetime | None) -> AlgoVerdict | None:
    table = sunsets().digests
    if name not in table:
        return AlgoVerdict(AlgoProblem.UNSUPPORTED, name)
    sunset = table[name]
    day = _at(moment)
    if sunset is not None and (day is None or day >= sunset):
        return AlgoVerdict(AlgoProblem.WEAK, name, sunset)
    return None


def key_family(pki: keys.PublicKeyInfo) -> str:
    algo = str(pki.algorithm)
    return {"rsassa_pss": "rsa"}.get(algo, algo)


def key_verdict(pki: keys.PublicKeyInfo, moment: datetime | None) -> AlgoVerdict | None:
    family = key_family(pki)
    table = sunsets().keys.get(family)
    try:
        bits = int(pki.bit_size)
    except Exception:  # noqa: BLE001 - asn1crypto fails on some key types (Ed448)
        return AlgoVerdict(AlgoProblem.UNSUPPORTED, family)
    what = f"{family.upper()} ({bits} bitů)"
    if table is None:
        return AlgoVerdict(AlgoProblem.UNSUPPORTED, what)
    applicable = [(m, d) for m, d in table if m <= bits]
    if not applicable:
        return AlgoVerdict(AlgoProblem.WEAK, what)
    sunset = applicable[-1][1]
    day = _at(moment)
    if sunset is not None and (day is None or day >= sunset):
        return AlgoVerdict(AlgoProblem.WEAK, what, sunset)
    return None


class DatedAlgorithmPolicy(AlgorithmUsagePolicy):
    """pyHanko's algorithm-usage interface over the sunset table (certificates, CRLs, OCSP
    responses and time-stamps of a path are judged at the moment pyHanko validates them)."""

    def digest_algorithm_allowed(
        self, algo: algos.DigestAlgorithm, moment: datetime | None
    ) -> AlgorithmUsageConstraint:
        v = digest_verdict(str(algo["algorithm"].native), moment)
        return _constraint(v)

    def signature_algorithm_allowed(
        self,
        algo: algos.SignedDigestAlgorithm,
        moment: datetime | None,
        public_key: keys.PublicKeyInfo | None,
    ) -> AlgorithmUsageConstraint:
        try:
            hash_algo: str | None = algo.hash_algo
        except ValueError:
            hash_algo = None
        if hash_algo is not None:
            v = digest_verdict(hash_algo, moment)
            if v is not None:
                return _constraint(v)
        if public_key is not None:
            return _constraint(key_verdict(public_key, moment))
        return AlgorithmUsageConstraint(allowed=True)


def _constraint(v: AlgoVerdict | None) -> AlgorithmUsageConstraint:
    if v is None:
        return AlgorithmUsageConstraint(allowed=True)
    sunset = datetime(v.sunset.year, v.sunset.month, v.sunset.day, tzinfo=UTC) if v.sunset else None
    return AlgorithmUsageConstraint(
        allowed=False, failure_reason=v.explain(), not_allowed_after=sunset
    )


DATED_POLICY = DatedAlgorithmPolicy()
