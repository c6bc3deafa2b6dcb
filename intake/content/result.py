"""What the content checks yield for one submission."""

from __future__ import annotations

from dataclasses import dataclass

from intake.model import Code, Component, Problem


@dataclass(frozen=True)
class Finding:
    """The check result of one component (after unpacking)."""

    name: str
    parent: str | None
    detected_type: str
    sha256: str
    size: int
    problem: Code | None = None
    """One of ``CONTENT_DEFECTS`` (``intake.model``) or None."""
    detail: str = ""
    depth: int = 0
    scan: str = "not_scanned"
    """The malware scan of this component: ``clean``, ``infected``, ``error`` (the scanner
    could not judge or was unreachable) or ``not_scanned`` (no scanner)."""

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "parent": self.parent,
            "detected_type": self.detected_type,
            "sha256": self.sha256,
            "size": self.size,
            "problem": self.problem.value if self.problem else None,
            "detail": self.detail,
            "scan": self.scan,
        }


@dataclass(frozen=True)
class ContentResult:
    components: tuple[Component, ...] = ()
    """Every component, containers followed by what was unpacked from them; ``.text`` holds
    the extracted text where there is any."""
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()
    scanned: bool = False
    """A malware scanner looked at every component."""
    engine: str | None = None
    """The scanning engine and its version (None without a scanner or when it was down)."""
    signatures: str | None = None
    """The scanner's signature database version."""

    def scan_records(self) -> list[dict[str, object]]:
        """One malware-scan record per component (vyhláška 259/2012 §4(1)), as stored with
        the submission: scanned or not, the result, the engine and signature version."""
        return [
            {
                "component": f.name,
                "parent": f.parent,
                "scanned": f.scan in ("clean", "infected"),
                "result": f.scan,
                "engine": self.engine,
                "signatures": self.signatures,
            }
            for f in self.findings
        ]

    @property
    def ok(self) -> bool:
        return not self.problems

    def finding(self, name: str) -> Finding | None:
        return next((f for f in self.findings if f.name == name), None)
