"""EU trusted lists: refresh (online or from a directory), verified cache, last good copy.

Layout of ``tl_cache_dir``::

    current/manifest.json   what is in use: source, time, LOTL sequence, one entry per list
    current/<name>.xml      the lists exactly as downloaded (signatures verified at refresh)
    staging-*/              a refresh in progress; swapped in only when it fully succeeds

A refresh that fails leaves ``current`` untouched (the last good copy stays in use). The lists
in ``current`` were verified (XAdES, TLSO certificates from the verified LOTL) when stored; on
load their sha256 is re-checked against the manifest before parsing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from verifiers.trust import (
    TrustedListInfo,
    TrustedListStatus,
    TrustMaterialError,
    sha256_hex,
    utcnow,
)

if TYPE_CHECKING:
    # eutl_parse (the lists' XML schema bindings) takes a good part of a second to import:
    # the functions that read a list import it, so a process without cached lists never does
    from pyhanko.sign.validation.qualified import eutl_parse
    from pyhanko.sign.validation.qualified.tsp import TSPRegistry

logger = logging.getLogger(__name__)
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class _Verified:
    territory: str
    location: str
    xml: str
    sequence: int | None
    issued: datetime | None
    next_update: datetime | None


def _tl_facts(xml: str) -> tuple[str, int | None, datetime | None, datetime | None]:
    from pyhanko.sign.validation.qualified import eutl_parse

    parsed = eutl_parse._raw_tl_parse(xml)
    si = parsed.scheme_information
    if si is None:
        raise TrustMaterialError("trusted list without SchemeInformation")
    seq = int(si.tslsequence_number) if si.tslsequence_number is not None else None
    issued = si.list_issue_date_time.to_datetime() if si.list_issue_date_time else None
    nu = (
        si.next_update.date_time.to_datetime()
        if si.next_update and si.next_update.date_time
        else None
    )
    terr = si.scheme_territory
    territory = str(getattr(terr, "value", terr) or "")
    return territory, seq, _aware(issued), _aware(nu)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def _verify_lotl(lotl_xml: str, offline: bool) -> eutl_parse.LOTLParseResult:
    """Verify the LOTL signature with pyHanko's bundled OJEU-announced signer certificates.

    Offline (an archived copy) the signature is checked at the LOTL's own issue date."""
    from pyhanko.sign.validation.qualified import eutl_parse

    when = eutl_parse.parse_lotl_unsafe(lotl_xml).claimed_date_issued if offline else None
    try:
        return eutl_parse.validate_and_parse_lotl(lotl_xml, validation_time=when)
    except Exception as e:  # signxml / pyHanko raise several types
        raise TrustMaterialError(f"LOTL signature does not verify: {e}") from e


def _verify_tl(xml: str, ref: eutl_parse.TLReference, offline: bool) -> _Verified:
    from pyhanko.sign.validation.qualified import eutl_parse

    territory, seq, issued, nu = _tl_facts(xml)
    when = issued if offline else None
    try:
        eutl_parse._validate_and_extract_tl_data_multiple_certs(xml, list(ref.tlso_certs), when)
    except Exception as e:
        raise TrustMaterialError(f"trusted list {territory} does not verify: {e}") from e
    return _Verified(territory, ref.location_uri, xml, seq, issued, nu)


def _store(
    cache_dir: Path,
    source: str,
    lotl_xml: str,
    lotl_seq: int | None,
    lists: list[_Verified],
    errors: list[str],
) -> TrustedListStatus:
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=cache_dir))
    entries = []
    (staging / "lotl.xml").write_text(lotl_xml, encoding="utf-8")
    for v in lists:
        name = f"tl-{v.territory.lower()}.xml"
        (staging / name).write_text(v.xml, encoding="utf-8")
        entries.append(
            {
                "territory": v.territory,
                "file": name,
                "location": v.location,
                "sha256": sha256_hex(v.xml.encode("utf-8")),
                "sequence": v.sequence,
                "issued": v.issued.isoformat() if v.issued else None,
                "next_update": v.next_update.isoformat() if v.next_update else None,
            }
        )
    now = utcnow()
    manifest = {
        "source": source,
        "loaded_at": now.isoformat(),
        "lotl_sequence": lotl_seq,
        "lotl_sha256": sha256_hex(lotl_xml.encode("utf-8")),
        "lists": entries,
        "errors": errors,
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    current = cache_dir / "current"
    old = cache_dir / "previous"
    if old.exists():
        shutil.rmtree(old)
    if current.exists():
        current.rename(old)
    staging.rename(current)
    return _status_from_manifest(manifest)


def _lotl_sequence(lotl_xml: str) -> int | None:
    try:
        return _tl_facts(lotl_xml)[1]
    except Exception:  # the sequence is informational only
        return None


def refresh_from_dir(
    src: Path, cache_dir: Path, *, only_territories: set[str] | None = None
) -> TrustedListStatus:
    """Load a LOTL and member-state lists from ``src`` (offline), verify, and cache them."""
    xmls = [p for p in sorted(src.iterdir()) if p.suffix.lower() in (".xml", ".xtsl")]
    lotl_xml = None
    others: dict[str, str] = {}
    for p in xmls:
        text = p.read_text(encoding="utf-8")
        try:
            territory = _tl_facts(text)[0]
        except Exception as e:
            logger.warning("skipping %s: not a trusted list (%s)", p, e)
            continue
        if territory.upper() == "EU" and "EUlistofthelists" in text:
            lotl_xml = text
        else:
            others[territory.upper()] = text
    if lotl_xml is None:
        raise TrustMaterialError(f"no EU LOTL in {src}")
    lotl = _verify_lotl(lotl_xml, offline=True)
    lists, errors = _verify_references(lotl, others, offline=True, only=only_territories)
    if not lists:
        raise TrustMaterialError(
            "no member-state list could be verified; keeping the last good copy"
        )
    return _store(cache_dir, str(src), lotl_xml, _lotl_sequence(lotl_xml), lists, errors)


def _verify_references(
    lotl: eutl_parse.LOTLParseResult,
    xml_by_territory: dict[str, str],
    *,
    offline: bool,
    only: set[str] | None,
) -> tuple[list[_Verified], list[str]]:
    from pyhanko.sign.validation.qualified import eutl_parse

    lists: list[_Verified] = []
    errors = [str(e) for e in lotl.errors]
    for ref in lotl.references:
        t = ref.territory.upper()
        if eutl_parse.LOTL_RULE in ref.scheme_rules or (only and t not in only):
            continue
        xml = xml_by_territory.get(t)
        if xml is None:
            continue
        try:
            lists.append(_verify_tl(xml, ref, offline))
        except TrustMaterialError as e:
            logger.error("%s", e)
            errors.append(str(e))
    return lists, errors


def refresh_online(
    cache_dir: Path,
    lotl_url: str = "",
    *,
    only_territories: set[str] | None = None,
) -> TrustedListStatus:
    """Download the LOTL and the member-state lists, verify their signatures, cache them
    (``lotl_url`` empty: pyHanko's EU LOTL location)."""
    return asyncio.run(_refresh_online(cache_dir, lotl_url, only_territories))


async def _refresh_online(
    cache_dir: Path, lotl_url: str, only: set[str] | None
) -> TrustedListStatus:
    import aiohttp
    from pyhanko.sign.validation.qualified import eutl_fetch, eutl_parse

    url = lotl_url or eutl_fetch.EU_LOTL_LOCATION
    async with aiohttp.ClientSession() as client:
        try:
            lotl_xml = await eutl_fetch.fetch_lotl(client, url=url)
        except Exception as e:
            raise TrustMaterialError(f"cannot download the LOTL from {url}: {e}") from e
        lotl = _verify_lotl(lotl_xml, offline=False)
        fetched: dict[str, str] = {}
        for ref in lotl.references:
            t = ref.territory.upper()
            if eutl_parse.LOTL_RULE in ref.scheme_rules or (only and t not in only):
                continue
            try:
                fetched[t] = await eutl_fetch._fetch(None, ref.location_uri, client)
            except Exception as e:
                logger.error("cannot download trusted list %s from %s: %s", t, ref.location_uri, e)
    lists, errors = _verify_references(lotl, fetched, offline=False, only=only)
    if not lists:
        raise TrustMaterialError(
            "no member-state list could be verified; keeping the last good copy"
        )
    return _store(cache_dir, url, lotl_xml, _lotl_sequence(lotl_xml), lists, errors)


def _parse_dt(s: object) -> datetime | None:
    return datetime.fromisoformat(s) if isinstance(s, str) else None


def _status_from_manifest(m: dict) -> TrustedListStatus:  # type: ignore[type-arg]
    return TrustedListStatus(
        source=str(m.get("source", "")),
        loaded_at=_parse_dt(m.get("loaded_at")) or utcnow(),
        lotl_sequence=m.get("lotl_sequence"),
        lists=tuple(
            TrustedListInfo(
                territory=e["territory"],
                sequence=e.get("sequence"),
                issued=_parse_dt(e.get("issued")),
                next_update=_parse_dt(e.get("next_update")),
                location=e.get("location", ""),
            )
            for e in m.get("lists", [])
        ),
        errors=tuple(m.get("errors", [])),
    )


def read_status(cache_dir: Path) -> TrustedListStatus | None:
    mf = cache_dir / "current" / MANIFEST
    if not mf.is_file():
        return None
    return _status_from_manifest(json.loads(mf.read_text(encoding="utf-8")))


def load_cached_registry(cache_dir: Path, registry: TSPRegistry) -> TrustedListStatus | None:
    """Add the cached (verified at refresh) lists to ``registry``; None when there is no cache."""
    current = cache_dir / "current"
    mf = current / MANIFEST
    if not mf.is_file():
        return None
    from pyhanko.sign.validation.qualified import eutl_parse  # its XML bindings: only now

    manifest = json.loads(mf.read_text(encoding="utf-8"))
    for entry in manifest.get("lists", []):
        data = (current / entry["file"]).read_bytes()
        if sha256_hex(data) != entry["sha256"]:
            raise TrustMaterialError(f"cached trusted list {entry['file']} was modified")
        _, errors = eutl_parse.trust_list_to_registry_unsafe(data.decode("utf-8"), registry)
        for e in errors:
            logger.info("trusted list %s: %s", entry["territory"], e)
    return _status_from_manifest(manifest)
