"""``check_content``: the vyhláška 259/2012 §4(1) checks of one submission's components —
format by content against the accepted list, containers unpacked (with bomb limits), a
malware scan, and text extracted for the extraction stage."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intake.content import formats as f
from intake.content.clamd import ClamdError, ClamdScanner, EngineVersion, Scanner, ScanStatus
from intake.content.containers import Budget, ContainerError, unpack
from intake.content.result import ContentResult, Finding
from intake.content.text import TextExtractionError, document_text, html_to_text
from intake.model import Code, Component, ComponentRole, ParsedMessage, Problem
from mail.containers import forget_parsed

if TYPE_CHECKING:
    from intake.config import ContentConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentPolicy:
    allowed_formats: frozenset[str] = f.ISDS_ALLOWED
    max_expanded_bytes: int = 200 * 1024 * 1024
    max_ratio: int = 200
    max_members: int = 1000
    max_depth: int = 3
    scan_required: bool = False

    @classmethod
    def from_config(cls, cfg: ContentConfig) -> ContentPolicy:
        """The policy of the ``[content]`` section."""
        allowed = cfg.allowed_formats
        return cls(
            allowed_formats=frozenset(allowed) if allowed else f.ISDS_ALLOWED,
            max_expanded_bytes=cfg.max_expanded_bytes,
            max_ratio=cfg.max_ratio,
            max_members=cfg.max_members,
            max_depth=cfg.max_depth,
            scan_required=cfg.scan_required,
        )

    def describe(self) -> PolicyDescription:
        """The policy as the published intake conditions state it (and the defect notices
        quote it): the accepted formats with their names, and the unpacking limits."""
        return PolicyDescription(
            formats=f.accepted_formats(self.allowed_formats),
            max_expanded_bytes=self.max_expanded_bytes,
            max_ratio=self.max_ratio,
            max_members=self.max_members,
            max_depth=self.max_depth,
            scan_required=self.scan_required,
        )


@dataclass(frozen=True)
class PolicyDescription:
    """What ``ContentPolicy.describe`` returns: data, no prose (the page words it)."""

    formats: tuple[f.AcceptedFormat, ...]
    max_expanded_bytes: int
    """Most bytes unpacked from one filing's containers and office documents together."""
    max_ratio: int
    """Highest compression ratio accepted (a higher one is treated as a decompression bomb)."""
    max_members: int
    """Most files unpacked from one filing."""
    max_depth: int
    """Deepest nesting of containers that is still unpacked."""
    scan_required: bool
    """A filing is not processed further while its malware scan cannot be done."""

    @property
    def labels(self) -> str:
        """``PDF, TXT, HTML, …``: the accepted formats in one line."""
        return ", ".join(fmt.label for fmt in self.formats)


def build_content_checks(
    cfg: ContentConfig, resolve: Callable[[Path | str], Path] | None = None
) -> tuple[ContentPolicy, ClamdScanner | None]:
    """The policy and scanner of the ``[content]`` section; ``resolve`` turns a configured
    relative path (the clamd socket) into an absolute one."""
    policy = ContentPolicy.from_config(cfg)
    if cfg.clamd_socket is not None and resolve is not None:
        cfg = cfg.model_copy(update={"clamd_socket": resolve(cfg.clamd_socket)})
    return policy, scanner_from_config(cfg)


def scanner_from_config(cfg: ContentConfig) -> ClamdScanner | None:
    """A clamd client for the ``[content]`` section (None when no clamd is configured)."""
    if not cfg.scanner_configured:
        return None
    return ClamdScanner(
        socket_path=cfg.clamd_socket,
        host=cfg.clamd_host,
        port=cfg.clamd_port,
        timeout=cfg.clamd_timeout_seconds,
    )


_OFFICE_ZIPS = frozenset({f.DOCX, f.XLSX, f.PPTX, f.ODT, f.ODS, f.ODP})
_ALWAYS = frozenset({"application/x-empty", f.PKCS7})


def _member_name(name: str) -> str:
    """A container member's name without directories (either slash) or control characters."""
    base = re.split(r"[/\\]", re.sub(r"[\x00-\x1f\x7f]", "", name))[-1].lstrip(".").strip()
    return base or "member"


def _detected(c: Component) -> str:
    if c.role is ComponentRole.BODY_TEXT:
        return f.TEXT
    if c.role is ComponentRole.BODY_HTML:
        return f.HTML
    if c.role is ComponentRole.ENVELOPE:
        return f.XML
    return f.detect(c.data, c.name)


class _Run:
    def __init__(self, policy: ContentPolicy, scanner: Scanner | None) -> None:
        self.policy, self.scanner = policy, scanner
        self.budget = Budget(
            policy.max_expanded_bytes, policy.max_ratio, policy.max_members, policy.max_depth
        )
        self.components: list[Component] = []
        self.findings: list[Finding] = []
        self.problems: list[Problem] = []
        self.names: set[str] = set()
        self.scan_failed = False
        self.version: EngineVersion | None = None

    def unique(self, name: str, parent: str) -> str:
        cand = name if name not in self.names else f"{parent}/{name}"
        n = 2
        while cand in self.names:
            cand = f"{parent}/{n}-{name}"
            n += 1
        self.names.add(cand)
        return cand

    def problem(self, code: Code, message: str, component: str) -> Code:
        self.problems.append(Problem(code, message, component))
        return code

    def engine(self) -> None:
        """Ask the scanner once per run which engine and signatures it uses."""
        if self.version is not None or self.scanner is None:
            return
        ask = getattr(self.scanner, "engine_version", None)
        if not callable(ask):
            return
        try:
            self.version = ask()
        except ClamdError as exc:
            log.warning("clamd version unknown: %s", exc)

    def _guard_sizes(self, infos: list[zipfile.ZipInfo]) -> None:
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos)
        if total > 1024 * 1024 and total > self.policy.max_ratio * max(packed, 1):
            raise ContainerError(f"compression ratio above {self.policy.max_ratio}", limit=True)
        self.budget.take(total, len(infos))

    def scan(self, c: Component) -> tuple[Code | None, str, str]:
        """(problem, detail, scan result word) of one component's malware scan."""
        if self.scanner is None:
            return None, "", "not_scanned"
        try:
            res = self.scanner.scan(c.data)
        except ClamdError as exc:
            self.scan_failed = True
            log.warning("malware scan of %s failed: %s", c.name, exc)
            return None, f"scan failed: {exc}", "error"
        self.engine()
        if res.status is ScanStatus.INFECTED:
            return (
                self.problem(
                    Code.MALWARE_DETECTED,
                    f"Soubor {c.name} obsahuje škodlivý kód ({res.signature}); nebyl zpracován.",
                    c.name,
                ),
                f"malware: {res.signature}",
                "infected",
            )
        if res.status is ScanStatus.ERROR:
            self.scan_failed = True
            log.warning("clamd could not scan %s: %s", c.name, res.detail)
            return None, f"scan error: {res.detail}", "error"
        return None, "", "clean"

    def guard_office_zip(self, c: Component) -> None:
        """Office documents are ZIP files too: refuse a bomb before a library inflates it.
        (Python's zipfile never inflates a member beyond its declared size.)"""
        try:
            zf = zipfile.ZipFile(io.BytesIO(c.data))
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise TextExtractionError(f"damaged document: {exc}") from exc
        with zf:  # one reading of the central directory for the sizes and the parts
            self._guard_sizes(zf.infolist())
            for info in zf.infolist():
                if info.filename.endswith((".xml", ".rels")) and info.flag_bits & 0x1 == 0:
                    try:
                        with zf.open(info) as fh:
                            head = fh.read(4096)
                    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error,
                            NotImplementedError, RuntimeError) as exc:  # fmt: skip
                        raise TextExtractionError(f"damaged document: {exc}") from exc
                    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                        # OOXML and ODF forbid DTDs; one here is an XXE or entity-bomb attempt
                        raise ContainerError(
                            f"XML part {info.filename} declares a DTD (entities refused)",
                            limit=True,
                        )

    def visit(self, c: Component, depth: int, expanded: set[str]) -> list[Component]:
        """Check one component; return the children to visit next (unpacked members)."""
        detected = _detected(c)
        problem, detail, scanned = self.scan(c)
        text = c.text
        children: list[Component] = []
        if problem is None and c.role not in (ComponentRole.SIGNATURE, ComponentRole.ENVELOPE):
            if detected not in self.policy.allowed_formats and detected not in _ALWAYS:
                problem = self.problem(
                    Code.UNSUPPORTED_FORMAT,
                    f"Soubor {c.name} má nepřijímaný formát ({detected}).",
                    c.name,
                )
            elif detected in f.CONTAINERS and c.name not in expanded:
                if depth >= self.policy.max_depth:
                    problem = self.problem(
                        Code.UNREADABLE_ATTACHMENT,
                        f"Soubor {c.name} je vnořen příliš hluboko (nejvýše "
                        f"{self.policy.max_depth} úrovně); nebyl rozbalen.",
                        c.name,
                    )
                else:
                    try:
                        for m in unpack(detected, c.data, self.budget):
                            name = self.unique(_member_name(m.name), c.name)
                            children.append(
                                Component(name, m.role, m.data, m.declared_type, c.name, m.charset)
                            )
                    except ContainerError as exc:
                        children = []
                        problem = self.problem(
                            Code.UNREADABLE_ATTACHMENT,
                            f"Soubor {c.name} nelze rozbalit: {exc}.",
                            c.name,
                        )
                        detail = str(exc)
            elif text is None or c.role is ComponentRole.BODY_HTML:
                try:
                    if c.role is ComponentRole.BODY_HTML:
                        from intake.content.text import decode

                        text = html_to_text(decode(c.data, c.charset))
                    else:
                        if detected in _OFFICE_ZIPS:
                            self.guard_office_zip(c)
                        text = document_text(c.data, detected, c.charset)
                except ContainerError as exc:
                    problem = self.problem(
                        Code.UNREADABLE_ATTACHMENT,
                        f"Soubor {c.name} nelze bezpečně otevřít: {exc}.",
                        c.name,
                    )
                    detail = str(exc)
                except TextExtractionError as exc:
                    problem = self.problem(
                        Code.UNREADABLE_ATTACHMENT,
                        f"Soubor {c.name} nelze přečíst: {exc}.",
                        c.name,
                    )
                    detail = str(exc)
        if problem == Code.MALWARE_DETECTED:
            text = None
        claimed = f.extension_type(c.name)
        if not detail and claimed and claimed != detected and c.role is ComponentRole.ATTACHMENT:
            detail = f"name suggests {claimed}"
        self.components.append(dataclasses.replace(c, text=text))
        self.findings.append(
            Finding(
                c.name,
                c.parent,
                detected,
                hashlib.sha256(c.data).hexdigest(),
                len(c.data),
                problem,
                detail,
                depth,
                scanned,
            )
        )
        return children


def check_content(
    parsed: ParsedMessage, *, policy: ContentPolicy, scanner: Scanner | None
) -> ContentResult:
    """Check every component of ``parsed`` (and everything unpacked from containers)."""
    run = _Run(policy, scanner)
    given = list(parsed.components)
    run.names.update(c.name for c in given)
    by_name = {c.name: c for c in given}
    expanded = {c.parent for c in given if c.parent}

    def depth_of(c: Component) -> int:
        d, p, seen = 0, c.parent, set()
        while p is not None and p in by_name and p not in seen:
            seen.add(p)
            d += 1
            p = by_name[p].parent
        return d

    stack: list[tuple[Component, int]] = [(c, depth_of(c)) for c in given]
    stack.reverse()
    while stack:
        c, depth = stack.pop()
        children = run.visit(c, depth, expanded)
        for child in reversed(children):
            by_name[child.name] = child
            stack.append((child, depth + 1))
    forget_parsed()  # the parse's HTML trees not taken: no other message is served them
    if scanner is None and policy.scan_required:
        run.problems.append(
            Problem(
                Code.MALWARE_SCAN_FAILED,
                "Kontrolu škodlivého kódu nebylo možné provést (antivir není k dispozici).",
            )
        )
    elif run.scan_failed and policy.scan_required:
        run.problems.append(
            Problem(
                Code.MALWARE_SCAN_FAILED,
                "Kontrolu škodlivého kódu nebylo možné dokončit; zpráva čeká na novou kontrolu.",
            )
        )
    return ContentResult(
        components=tuple(run.components),
        findings=tuple(run.findings),
        problems=tuple(run.problems),
        scanned=scanner is not None and not run.scan_failed,
        engine=run.version.engine if run.version else None,
        signatures=run.version.signatures if run.version else None,
    )
