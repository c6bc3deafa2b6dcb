"""Acceptance: ``podatelna inspect --json FILE.zfo`` on stand-in ZFOs (seal intact / broken)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from databox.standin.authority import SealingAuthority
from databox.standin.messages import break_seal, make_demo_zfo
from databox.standin.soap import make_delivery_receipt
from databox.zfo import parse_zfo

ROOT = Path(__file__).resolve().parents[2]


def test_inspect_reports_databox_channel_and_seal(
    isds_authority: SealingAuthority, tmp_path: Path
) -> None:
    anchors = tmp_path / "anchors"
    anchors.mkdir()
    isds_authority.write_ca(anchors / "isds-standin-ca.pem")
    cfg = tmp_path / "podatelna.toml"
    cfg.write_text(
        f'mode = "development"\n[trust]\nanchors_dir = "{anchors}"\nfetch_revocation = false\n',
        encoding="utf-8",
    )
    good = make_demo_zfo(
        isds_authority,
        "abc1234",
        "Redakce Příklad s.r.o.",
        "Žádost o přístup k výsledkům voleb",
        [("zadost.txt", "text/plain", "Žádost o přístup, IP 192.0.2.10".encode())],
    )
    (tmp_path / "good.zfo").write_bytes(good)
    (tmp_path / "broken.zfo").write_bytes(break_seal(good))
    (tmp_path / "receipt.zfo").write_bytes(make_delivery_receipt(isds_authority, good))
    out = {}
    for name in ("good", "broken", "receipt"):
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "intake",
                "--config",
                str(cfg),
                "inspect",
                "--json",
                str(tmp_path / f"{name}.zfo"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert r.stdout, r.stderr[-3000:]
        out[name] = json.loads(r.stdout)
    assert out["good"]["channel"] == out["broken"]["channel"] == "databox"
    assert out["good"]["accepted_signature"] is True
    assert "seal_invalid" not in [p["code"] for p in out["good"]["problems"]]
    assert out["broken"]["accepted_signature"] is False
    assert "seal_invalid" in [p["code"] for p in out["broken"]["problems"]]
    # the seal is the data message's own: presented as such, never a missing signature
    for name, status in (("good", "valid"), ("broken", "invalid")):
        sig = out[name]["signature"]
        assert (sig["status"], sig["kind"]) == (status, "zfo_seal"), name
        assert "signature_missing" not in [p["code"] for p in out[name]["problems"]]
        (rec,) = out[name]["verifications"]
        assert rec["statement"].startswith("Datová zpráva je opatřena elektronickou pečetí")
    assert out["good"]["document_kind"] == "filing" and out["good"]["delivery_receipts"] == []
    receipt = out["receipt"]
    assert receipt["document_kind"] == "delivery_receipt" and receipt["accepted_signature"]
    assert receipt["problems"] == []  # no application: nothing extracted, nothing missing
    assert receipt["request_types"] == [] and receipt["on_time"] is None
    (facts,) = receipt["delivery_receipts"]
    assert (facts["dmID"], facts["dbIDSender"]) == (parse_zfo(good).message_id, "abc1234")
    (rec,) = receipt["verifications"]
    assert rec["statement"].startswith("Doručenka datové zprávy je opatřena elektronickou pečetí")
