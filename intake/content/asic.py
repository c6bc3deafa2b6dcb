"""Finding signatures inside containers (NSESSS 2.4, vyhláška 259/2012 §4(5)): what in a ZIP,
ASiC-S or ASiC-E container is signed, by which signature, and which signatures podatelna cannot
verify. Pure: the caller (``intake.verification``) verifies what is found.

* ASiC-S with CAdES: ``META-INF/signature.p7s`` — a detached CMS over the one data object.
* ASiC-E with CAdES: ``META-INF/*signature*.p7s`` — a detached CMS over its
  ``META-INF/ASiCManifest*.xml`` (the manifest naming it in ``SigReference``), which lists
  the signed data objects with their digests; every digest is checked here.
* XAdES (``META-INF/signatures*.xml``) is reported as unsupported, with the reason.
* PDFs inside any of them are returned for PAdES verification.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from intake.content import formats as f
from intake.content.containers import Budget, ContainerError, Member, unpack_zip

ASIC_NS = "{http://uri.etsi.org/02918/v1.2.1#}"
DS_NS = "{http://www.w3.org/2000/09/xmldsig#}"
DIGESTS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
}
CONTAINER_TYPES = frozenset({f.ZIP, f.ASICE, f.ASICS})


@dataclass(frozen=True)
class CadesSignature:
    """A detached CMS signature and the bytes it signs."""

    name: str
    """Where it is: ``container/META-INF/signature.p7s``."""
    signature: bytes
    content: bytes
    covers: tuple[str, ...]
    """The data objects it protects (via the manifest for ASiC-E)."""
    defects: tuple[str, ...] = ()
    """Why the signature cannot protect what it claims (a manifest digest that does not
    match, a missing data object): then it is reported invalid without verifying."""


@dataclass(frozen=True)
class Unsupported:
    name: str
    reason: str
    """Czech: what format it is and why it is not verified."""


@dataclass
class Found:
    cades: list[CadesSignature] = field(default_factory=list)
    pdfs: list[tuple[str, bytes]] = field(default_factory=list)
    unsupported: list[Unsupported] = field(default_factory=list)


def _manifest(xml: bytes) -> tuple[str | None, list[tuple[str, str, bytes]]]:
    """(SigReference URI, [(data object URI, hashlib name, digest)]) of an ASiCManifest."""
    if b"<!DOCTYPE" in xml.upper() or b"<!ENTITY" in xml.upper():
        raise ValueError("the manifest declares a DTD")
    root = ET.fromstring(xml)
    sig = root.find(f"{ASIC_NS}SigReference")
    refs = []
    for ref in root.findall(f"{ASIC_NS}DataObjectReference"):
        method = ref.find(f"{DS_NS}DigestMethod")
        value = ref.find(f"{DS_NS}DigestValue")
        alg = DIGESTS.get(method.get("Algorithm", "") if method is not None else "", "")
        digest = base64.b64decode((value.text or "") if value is not None else "")
        refs.append((ref.get("URI", ""), alg, digest))
    return (sig.get("URI") if sig is not None else None), refs


def _asice(where: str, meta: dict[str, bytes], data: dict[str, bytes]) -> list[CadesSignature]:
    out = []
    for mname, xml in sorted(meta.items()):
        if not (mname.startswith("META-INF/ASiCManifest") and mname.endswith(".xml")):
            continue
        try:
            sig_uri, refs = _manifest(xml)
        except (ET.ParseError, ValueError) as exc:
            sig_uri, refs = None, []
            defects = [f"{mname}: manifest nelze přečíst ({exc})"]
        else:
            defects = []
        if sig_uri is None or sig_uri not in meta:
            continue
        for uri, alg, digest in refs:
            if uri not in data:
                defects.append(f"podepsaný soubor {uri} v kontejneru chybí")
            elif not alg or hashlib.new(alg, data[uri]).digest() != digest:
                defects.append(f"soubor {uri} byl po podpisu změněn (nesouhlasí otisk)")
        covers = tuple(uri for uri, _, _ in refs)
        out.append(CadesSignature(f"{where}/{sig_uri}", meta[sig_uri], xml, covers, tuple(defects)))
    return out


def _asics(where: str, meta: dict[str, bytes], data: dict[str, bytes]) -> list[CadesSignature]:
    sig = meta.get("META-INF/signature.p7s")
    if sig is None or len(data) != 1:
        return []
    ((name, content),) = data.items()
    return [CadesSignature(f"{where}/META-INF/signature.p7s", sig, content, (name,))]


def find_signatures(where: str, container: bytes, budget: Budget | None = None) -> Found:
    """Everything signed inside one ZIP/ASiC container (first level, NSESSS 2.4.1)."""
    found = Found()
    budget = budget or Budget(200 * 1024 * 1024, 200, 1000, 3)
    try:
        members: list[Member] = unpack_zip(container, budget, skip_meta_inf=True)
    except ContainerError:
        return found  # the content check reports the damaged container
    meta = {m.name: m.data for m in members if m.name.startswith("META-INF/")}
    data = {m.name: m.data for m in members if not m.name.startswith("META-INF/")}
    found.cades = _asice(where, meta, data) or _asics(where, meta, data)
    for mname in sorted(meta):
        if "signature" in mname.lower() and mname.lower().endswith(".xml"):
            found.unsupported.append(
                Unsupported(
                    f"{where}/{mname}",
                    "podpis ve formátu XAdES, který podatelna neumí automaticky ověřit; "
                    "ověřte jej jiným nástrojem",
                )
            )
    found.pdfs = [(f"{where}/{n}", d) for n, d in sorted(data.items()) if d[:5] == b"%PDF-"]
    return found
