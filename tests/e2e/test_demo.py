"""The newcomer's path: ``podatelna serve --demo`` (what ``scripts/run`` starts) shows demo
filings of every kind; the printed officer logs in, approves one, sees it in the audit log."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.fixtures.common import free_port

ROOT = Path(__file__).resolve().parents[2]


def _states(cwd: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    out = subprocess.run([sys.executable, "-m", "intake", "submissions", "--json"], cwd=cwd,
                         env=env, capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def test_demo_end_to_end(tmp_path: Path, chromium: Any, artifacts_dir: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "intake", "serve", "--demo", "--listen", f"127.0.0.1:{port}"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert proc.stdout is not None
        user = password = None
        deadline = time.monotonic() + 60
        while password is None:
            line = proc.stdout.readline()
            assert line or proc.poll() is None, "serve --demo exited"
            assert time.monotonic() < deadline, "no officer login printed"
            if "officer login:" in line:
                parts = line.split()
                user, password = parts[2], parts[4]
        deadline = time.monotonic() + 120
        while True:
            rows = _states(tmp_path, env)
            states = Counter(r["state"] for r in rows)
            if len(rows) == 14 and not ({"received", "checked", "verified", "extracted"} & set(states)):
                break
            assert time.monotonic() < deadline, f"demo not processed: {states}"
            time.sleep(1)
        # thirteen filings and the delivery receipt (doručenka) of a data message, filed
        assert states == {"ready_for_review": 10, "defective": 1, "late": 2, "filed": 1}
        assert Counter(r["channel"] for r in rows) == {"email": 10, "databox": 4}

        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        base = f"http://127.0.0.1:{port}"
        page.goto(base + "/")  # the public intake conditions, which link the login page
        page.click("#prihlaseni")
        page.fill("input[name=username]", str(user))
        page.fill("input[name=password]", str(password))
        page.click("button[type=submit]")
        page.wait_for_url("**/ui/queue**")
        assert page.locator("text=CSU-EP/").count() >= 7  # opens on "K posouzení"
        assert page.locator("#demo").count() == 1  # the UI says it is a demo
        clean = next(r for r in rows if r["source_ref"].endswith("01-priklad-media.eml"))
        assert clean["state"] == "ready_for_review"
        page.goto(f"{base}/ui/submissions/{clean['id']}")
        page.wait_for_load_state()
        # a clean filing: documentation addresses count as public in the demo, nothing to
        # override, so the first approval needs no reason
        assert page.locator("#oduvodneni-vyjimky").count() == 0
        page.click("#schvalit")  # the confirmation page; its button decides
        page.wait_for_load_state()
        page.click("#rozhodnout")
        page.wait_for_load_state()
        page.screenshot(path=str(artifacts_dir / "demo-approved.png"), full_page=True)
        assert "Schváleno" in page.content() or "approved" in page.content()
        page.goto(base + "/ui/audit")
        page.screenshot(path=str(artifacts_dir / "demo-audit.png"), full_page=True)
        assert "approve" in page.content()
        # a data-box filing: the ISDS seal is the seal of the data message, not a missing
        # signature; the delivery receipt is shown as one, with the message's facts
        boxed = next(r for r in rows if r["channel"] == "databox" and r["state"] != "filed")
        page.goto(f"{base}/ui/submissions/{boxed['id']}")
        statement = page.locator(".seal-statement").first.inner_text()
        assert statement.startswith("Datová zpráva je opatřena elektronickou pečetí"), statement
        assert "pečeť je platná" in statement
        assert "není opatřeno elektronickým podpisem" not in page.content()
        # an HTML form: the ticked box is the request, the struck-out address is not counted
        form = next(r for r in rows if r["source_ref"].endswith("10-noviny-vychod-formular.eml"))
        assert form["state"] == "ready_for_review"
        page.goto(f"{base}/ui/submissions/{form['id']}")
        quota = page.locator("#kvota").inner_text()
        assert "ostrý provoz 2 z" in quota and "testovací adresy 1 z" in quota, quota
        receipt = next(r for r in rows if r["state"] == "filed")
        assert receipt["source_ref"].endswith("08-dorucenka-radio-vlna.zfo")
        page.goto(f"{base}/ui/submissions/{receipt['id']}")
        page.screenshot(path=str(artifacts_dir / "demo-dorucenka.png"), full_page=True)
        assert page.locator("#dorucenka-1").count() == 1
        assert "Rádio Testovací Vlna" in page.locator("#dorucenka-1").inner_text()
        assert page.locator("#dorucenka-neni-zadost").count() == 1
        assert page.locator("#h-zadost").count() == 0  # nothing extracted
        page.close()
        first = next(r for r in _states(tmp_path, env) if r["id"] == clean["id"])
        assert first["state"] == "approved"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    audit = subprocess.run([sys.executable, "-m", "intake", "audit", "verify"], cwd=tmp_path,
                           env=env, capture_output=True, text=True)
    assert audit.returncode == 0, audit.stdout
