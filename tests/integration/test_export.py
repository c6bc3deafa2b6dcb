"""``podatelna export``: one directory per filing for an eSSL — the original byte-identical to
the evidence store, the components, the verification record and a metadata XML valid against
the shipped XSD; atomic, audited, and refused when the evidence no longer matches."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from lxml import etree
from sqlmodel import col, select

from intake.bootstrap import build_app
from intake.cli import main
from intake.config import load_settings
from intake.export import metadata
from intake.model import Channel, RawItem
from intake.pipeline import CheckResult, ComponentInfo
from storage.db import session_scope
from storage.tables import AuditEntry, Submission
from tests.fakes import FakeStages, eml

HOSTILE_NAME = "../../etc/pass\x00wd/..\\x.pdf"


class ComponentStages(FakeStages):
    """FakeStages with an attachment, a file unpacked from it and a hostile file name."""

    def check(self, raw: bytes, channel: Channel) -> CheckResult:
        base = super().check(raw, channel)
        extra = (
            ComponentInfo(
                "archiv.zip",
                "attachment",
                b"PK\x05\x06" + b"\0" * 18,
                "application/zip",
                "application/zip",
            ),
            ComponentInfo(
                HOSTILE_NAME,
                "attachment",
                b"%PDF-1.4 x\x00\x01",
                "",
                "application/pdf",
                parent="archiv.zip",
            ),
            ComponentInfo(
                "virus.exe",
                "attachment",
                b"MZ\x90\x00",
                "",
                "application/x-dosexec",
                problem="unsupported_format",
                detail="nepřijímaný formát \x07",
            ),
        )
        return CheckResult(base.parsed, base.components + extra, base.problems)


@pytest.fixture
def registry(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A config file and a registry with an e-mail and a data-box filing, processed."""
    config = tmp_path / "podatelna.toml"
    config.write_text(
        'mode = "development"\n[database]\nurl = "sqlite:///registry.db"\n'
        '[evidence]\ndir = "evidence"\n',
        encoding="utf-8",
    )
    app = build_app(load_settings(config), stages=ComponentStages(), sources={})
    try:
        ids = {
            "email": app.service.receive(RawItem("mail", "a", eml(1), Channel.EMAIL)),
            "databox": app.service.receive(
                RawItem("isds", "b", eml(2), Channel.DATABOX, metadata={"dmID": "7654321"})
            ),
        }
        app.service.process_pending()
        out = {k: r.submission.id or 0 for k, r in ids.items()}
    finally:
        app.close()
    return config, out


def _export(config: Path, *args: str) -> int:
    return main(["--config", str(config), "export", *args])


def _submission(config: Path, sub_id: int) -> tuple[Submission, bytes]:
    settings = load_settings(config)
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        with session_scope(app.engine) as s:
            sub = s.get(Submission, sub_id)
            assert sub is not None
            s.expunge(sub)
        return sub, app.evidence.get(sub.sha256)
    finally:
        app.close()


def test_export_writes_original_components_record_and_valid_metadata(
    registry: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, ids = registry
    out = tmp_path / "out"
    assert _export(config, str(ids["email"]), "--dir", str(out)) == 0
    sub, original = _submission(config, ids["email"])
    d = out / sub.registry_number.replace("/", "_")
    assert (d / "original.eml").read_bytes() == original  # byte-identical to the evidence
    names = sorted(p.name for p in (d / "components").iterdir())
    assert names[0].startswith("000-") and len(names) == 4
    assert all(".." not in n and "\x00" not in n and "\\" not in n for n in names)
    assert not list(out.glob(".tmp-*")) and not list(out.glob(".old-*"))

    doc = etree.parse(str(d / "metadata.xml"))
    metadata.schema().assertValid(doc)  # the XSD shipped in the package
    root = doc.getroot()
    assert root.get(f"{{{metadata.XSI}}}noNamespaceSchemaLocation") == metadata.SCHEMA_NAME
    assert (d / metadata.SCHEMA_NAME).read_bytes() == metadata.SCHEMA_PATH.read_bytes()
    assert root.findtext("registryNumber") == sub.registry_number
    assert root.findtext("channel") == "email" and root.find("dataMessage") is None
    assert root.find("components").get("count") == "4"
    # every file the metadata names exists with the stated hash and size
    import hashlib

    refs = root.findall(".//file") + [root.find("original")]
    assert len(refs) == 6  # original, 4 components, verification.json
    for ref in refs:
        data = (d / ref.get("path")).read_bytes()
        assert hashlib.sha256(data).hexdigest() == ref.get("sha256")
        assert len(data) == int(ref.get("size"))
    hostile = [c for c in root.iter("component") if c.get("parent") == "archiv.zip"][0]
    assert hostile.findtext("name") == HOSTILE_NAME.replace("\x00", "")
    assert root.find(".//component/problem").get("code") == "unsupported_format"

    record = json.loads((d / "verification.json").read_text("utf-8"))
    signature = record["signatures"][0]["record"]
    assert signature["kind"] == "smime" and signature["indication"] == "TOTAL_PASSED"
    assert [c["problem"] for c in record["content_checks"]][-1] == "unsupported_format"
    assert f"{sub.registry_number}: 8 files" in capsys.readouterr().out

    settings = load_settings(config)
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        with session_scope(app.engine) as s:
            entry = s.exec(
                select(AuditEntry).where(col(AuditEntry.action) == "submission.exported")
            ).one()
    finally:
        app.close()
    assert entry.subject_id == str(ids["email"]) and entry.data["directory"] == str(d)
    assert entry.data["original_sha256"] == sub.sha256


def test_databox_filing_carries_its_envelope_and_all_exports_the_rest(
    registry: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    config, ids = registry
    out = tmp_path / "out"
    sub, original = _submission(config, ids["databox"])
    assert _export(config, sub.registry_number, "--dir", str(out)) == 0
    d = out / sub.registry_number.replace("/", "_")
    assert (d / "original.zfo").read_bytes() == original
    doc = etree.parse(str(d / "metadata.xml"))
    metadata.schema().assertValid(doc)
    assert doc.getroot().findtext("channel") == "databox"
    assert doc.getroot().findtext("dataMessage/dmID") == "7654321"
    # again without --replace: refused, the earlier export untouched
    before = (d / "metadata.xml").read_bytes()
    assert _export(config, str(ids["databox"]), "--dir", str(out)) == 2
    assert (d / "metadata.xml").read_bytes() == before
    # --all: only what is not exported yet; --replace: a new export over the old one
    assert _export(config, "--all", "--dir", str(out)) == 0
    assert len([p for p in out.iterdir() if not p.name.startswith(".")]) == 2
    assert _export(config, str(ids["databox"]), "--dir", str(out), "--replace") == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in out.iterdir() if not p.name.startswith(".")
    )


def test_changed_evidence_is_not_exported(
    registry: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    config, ids = registry
    sub, _ = _submission(config, ids["email"])
    blob = tmp_path / "evidence" / "sha256" / sub.sha256[:2] / sub.sha256[2:4] / sub.sha256
    os.chmod(blob, 0o644)
    blob.write_bytes(b"tampered")
    out = tmp_path / "out"
    assert _export(config, str(ids["email"]), "--dir", str(out)) != 0
    assert not out.exists() or not [p for p in out.iterdir()]


def test_arguments_are_checked(registry: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    config, ids = registry
    assert _export(config, "--dir", str(tmp_path / "o")) == 2
    assert _export(config, str(ids["email"]), "--all", "--dir", str(tmp_path / "o")) == 2
    assert _export(config, "CSU-EP/1999/000001", "--dir", str(tmp_path / "o")) == 3
