"""Peak memory of the stages over one big signed e-mail, measured in a fresh process.

``python -m tests.hostile.bigmail [MiB]`` makes a test PKI and a signed ~MiB mail (a text body
and a PDF attachment) in a child process, then measures in this one, which never held
anything big before: the resident set (VmRSS) before and after reading the mail, as the
service reads it from the evidence store, and the peak (``ru_maxrss``) over parse + content
check + verification + extraction, one stage after the other. Prints one JSON line; ``ratio``
is the stages' growth over the loaded input, ``ratio_with_input`` counts the input's bytes.
``--service [MiB]`` measures the whole ``podatelna poll --once`` process instead (drop folder,
evidence store, registry and every stage) against the same process on a small mail.
Used by ``tests/hostile/test_big_mail.py`` and ``bench/run.py``.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _maxrss_mib() -> float:
    """This process image's peak RSS. VmHWM, not getrusage's ru_maxrss: Linux carries
    ru_maxrss across exec, so a child of a big pytest process would start at pytest's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return _maxrss_mib()


def build_mail(pki: object, size: int) -> bytes:
    """A signed application whose entity holds a text body and a ~``size`` PDF attachment."""
    pdf = b"%PDF-1.4\n%" + bytes(range(256)) * (size * 3 // 4 // 256) + b"\n%%EOF\n"
    att = base64.encodebytes(pdf).replace(b"\n", b"\r\n")
    entity = (
        b'Content-Type: multipart/mixed; boundary="inner"\r\n\r\n--inner\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Žádost o přístup, produkční IP 192.0.2.10, tel. +420 777 123 456.\r\n".encode()
        + b'--inner\r\nContent-Type: application/pdf; name="priloha.pdf"\r\n'
        b'Content-Disposition: attachment; filename="priloha.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + att + b"\r\n--inner--\r\n"
    )
    return pki.smime("qualified", entity=entity)  # type: ignore[attr-defined,no-any-return]


def make(d: Path, mib: int) -> None:
    from tests.fixtures.pki import build_pki

    pki, srv = build_pki(d)
    srv.shutdown()
    (d / "big.eml").write_bytes(build_mail(pki, mib << 20))
    (d / "small.eml").write_bytes(pki.smime("qualified"))


def measure(mib: int = 50) -> dict[str, object]:
    from intake.config import CampaignConfig
    from intake.content.check import ContentPolicy
    from intake.model import Channel
    from intake.stages import PipelineStages
    from verifiers.api import Verifier, VerifierPolicy, build_trust_store

    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        subprocess.run([sys.executable, "-m", "tests.hostile.bigmail", "--make", tmp, str(mib)],
                       check=True, env=env)  # fmt: skip
        verifier = Verifier(
            build_trust_store([d / "anchors"], [d / "crl"]), VerifierPolicy(fetch_revocation=False)
        )
        stages = PipelineStages(
            campaign=CampaignConfig(), verifier=verifier, content_policy=ContentPolicy()
        )
        from datetime import UTC, datetime

        at = datetime.now(UTC)
        small = (d / "small.eml").read_bytes()  # warm-up: imports and caches are not counted
        stages.check(small, Channel.EMAIL)
        stages.verify(small, Channel.EMAIL, at)
        stages.extract(small, Channel.EMAIL)
        base = _rss_mib()
        raw = (d / "big.eml").read_bytes()
        loaded = _rss_mib()
        prior = _maxrss_mib()  # a high-water mark from before; the stages' peak must exceed it
        t = time.monotonic()
        peaks: dict[str, float] = {}
        checked = stages.check(raw, Channel.EMAIL)  # one stage at a time, as the service runs
        n_components = len(checked.components)
        del checked
        peaks["check"] = _maxrss_mib()
        status = stages.verify(raw, Channel.EMAIL, at).signature["status"]
        peaks["verify"] = _maxrss_mib()
        ips = len(stages.extract(raw, Channel.EMAIL).production_ips)
        peaks["extract"] = _maxrss_mib()
        took = time.monotonic() - t
        peak = _maxrss_mib()
        if peak <= prior + 1:
            raise RuntimeError(f"peak {peak:.0f} MiB not above the prior high-water {prior:.0f}")
    size = len(raw) / 2**20
    return {
        "mail_mib": round(size, 1),
        "base_rss_mib": round(base, 1),
        "loaded_rss_mib": round(loaded, 1),
        "peak_rss_mib": round(peak, 1),
        "growth_mib": round(peak - loaded, 1),
        "ratio": round((peak - loaded) / size, 2),
        "ratio_with_input": round((peak - base) / size, 2),
        "seconds": round(took, 2),
        "signature": status,
        "components": n_components,
        "production_ips": ips,
        "peak_after": {k: round(v - loaded, 1) for k, v in peaks.items()},
    }


_HWM_AT_EXIT = (
    "import atexit, re, sys\n"
    "from pathlib import Path\n"
    "from intake.cli import main\n"
    "hwm = lambda: re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text())[1]\n"
    "atexit.register(lambda: print('VmHWM', hwm(), file=sys.stderr))\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


def _service_peak(d: Path, mail: Path, name: str) -> tuple[float, str]:
    """Peak RSS (MiB) of one ``podatelna poll --once`` process taking ``mail`` from a drop
    folder all the way through (evidence store, registry, every stage), and its final state."""
    inbox = d / name / "inbox"
    (inbox / "new").mkdir(parents=True)
    (inbox / "new" / mail.name).write_bytes(mail.read_bytes())
    cfg = d / name / "podatelna.toml"
    cfg.write_text(
        f'mode = "development"\n[database]\nurl = "sqlite:///{d / name}/registry.db"\n'
        f'[evidence]\ndir = "{d / name}/evidence"\n[trust]\nfetch_revocation = false\n'
        f'use_trusted_lists = false\nanchors_dir = "{d}/anchors"\ncrl_dir = "{d}/crl"\n'
        f'[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "{inbox}"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    run = [sys.executable, "-c", _HWM_AT_EXIT, "--config", str(cfg)]
    out = subprocess.run([*run, "poll", "--once"], env=env, capture_output=True, text=True)
    if out.returncode != 0 or "registered 1" not in out.stdout:
        raise RuntimeError(f"poll failed: {out.stdout}{out.stderr[-2000:]}")
    peak = int(out.stderr.rsplit("VmHWM", 1)[1].split()[0]) / 1024
    listed = subprocess.run([*run, "submissions"], env=env, capture_output=True, text=True)
    state = listed.stdout.split()[3] if len(listed.stdout.split()) > 3 else "?"
    return peak, state


def measure_service(mib: int = 50) -> dict[str, object]:
    """The whole service process on the big mail, against the same process on a small one."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        subprocess.run([sys.executable, "-m", "tests.hostile.bigmail", "--make", tmp, str(mib)],
                       check=True, env=env)  # fmt: skip
        size = (d / "big.eml").stat().st_size / 2**20
        small, _ = _service_peak(d, d / "small.eml", "small")
        big, state = _service_peak(d, d / "big.eml", "big")
    return {
        "mail_mib": round(size, 1),
        "small_mail_peak_mib": round(small, 1),
        "big_mail_peak_mib": round(big, 1),
        "growth_mib": round(big - small, 1),
        "ratio_with_input": round((big - small) / size, 2),
        "state": state,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make(Path(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1:2] == ["--service"]:
        print(json.dumps(measure_service(int(sys.argv[2]) if len(sys.argv) > 2 else 50)))
    else:
        print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 50)))
