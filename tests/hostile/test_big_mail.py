"""A 50 MB signed mail: parse + content check + verification + extraction, measured in a fresh
process (``tests.hostile.bigmail``) that held nothing big before.

The goal (issue 10) is a peak at most 4x the mail's size. Large leaf bodies are decoded straight
from the message's bytes (``mail.lean``) and the S/MIME scan slices views of them, so the stages
add about 1x; the bound is checked counting the loaded input too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _measure(*args: str) -> dict[str, Any]:
    """``tests.hostile.bigmail`` in a fresh process; its JSON line."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.hostile.bigmail", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=170,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.timeout(180)
def test_fifty_megabyte_mail_peak_is_at_most_four_times_its_size() -> None:
    m = _measure("50")
    assert m["mail_mib"] >= 50
    assert m["signature"] == "valid"  # really verified, over all 50 MB
    assert m["components"] == 3 and m["production_ips"] == 1  # really extracted
    assert m["ratio_with_input"] <= 4.0, m  # input + every stage's peak


@pytest.mark.timeout(180)
def test_fifty_megabyte_mail_through_the_whole_service_process() -> None:
    """``podatelna poll --once`` takes the mail from a drop folder into the evidence store and
    the registry and through every stage; its peak over the same run on a small mail."""
    m = _measure("--service", "50")
    assert m["mail_mib"] >= 50 and m["state"] in ("late", "ready_for_review"), m
    assert m["ratio_with_input"] <= 4.0, m
