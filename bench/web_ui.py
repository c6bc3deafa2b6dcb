"""Officer UI response times on a registry of N submissions (default 3000): queue (plain,
filtered, searched by IP), detail, dashboard, audit page. Prints figures; asserts nothing.

    .venv/bin/python -m bench.web_ui [N]
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from intake.bootstrap import build_app
from intake.config import Settings
from intake.demo.officer import seed_demo_officer
from intake.web.app import create_app
from storage import audit
from storage.db import session_scope
from storage.tables import Application, Organisation, Submission

STATES = ["ready_for_review"] * 6 + ["approved", "refused", "defective", "late", "withdrawn"]


def seed(app: object, n: int) -> None:
    rnd = random.Random(7)
    start = datetime(2022, 12, 1, 8, 0, tzinfo=UTC)
    with session_scope(app.engine) as s:  # type: ignore[attr-defined]
        orgs = []
        for i in range(max(1, n // 3)):
            o = Organisation(
                name=f"Redakce {i}", ico=f"{10000000 + i}", emails=[], domains=[], created_at=start
            )
            s.add(o)
            orgs.append(o)
        s.flush()
        for i in range(n):
            at = start + timedelta(minutes=i * 30 * 24 * 60 // max(n, 1))
            state = rnd.choice(STATES)
            sub = Submission(
                registry_number=f"CSU-EP/2022/{i + 1:06d}",
                registry_year=2022,
                registry_seq=i + 1,
                channel=rnd.choice(["email", "email", "databox"]),
                source="bench",
                source_ref=f"r{i}",
                sha256=f"{i:064x}",
                size=1000,
                received_at=at,
                registered_at=at,
                state=state,
                subject=f"Žádost o přístup {i}",
                sender=f"redakce{i}@example.cz",
                meta={},
                problems={"triage": [{"code": "late", "message": "po lhůtě"}]}
                if state == "late"
                else {},
                on_time=state != "late",
                updated_at=at,
            )
            s.add(sub)
            s.flush()
            s.add(
                Application(
                    submission_id=sub.id or 0,
                    organisation_id=orgs[i % len(orgs)].id,
                    campaign="prezident-2023",
                    request_types=["feed_access"],
                    production_ips=[f"198.51.{i // 250 % 250}.{i % 250}"],
                    test_ips=[],
                    data={},
                    updated_at=at,
                )
            )
            audit.append(
                s,
                actor="bench",
                action="submission.received",
                subject_type="submission",
                subject_id=sub.id or 0,
            )


def timed(client: TestClient, url: str, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, (url, r.status_code)
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    tmp = Path(tempfile.mkdtemp(prefix="bench-web-"))
    settings = Settings(
        mode="development", base_dir=tmp, database={"url": f"sqlite:///{tmp}/registry.db"}
    )
    from tests.fakes import FakeStages

    app = build_app(settings, stages=FakeStages(), sources={})
    t = time.perf_counter()
    seed(app, n)
    print(f"seeded {n} submissions in {time.perf_counter() - t:.1f} s")
    user, password = seed_demo_officer(app)
    client = TestClient(create_app(app), follow_redirects=False)
    page = client.get("/ui/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    client.post(
        "/ui/login", data={"username": user, "password": password, "csrf_token": token.group(1)}
    )
    for label, url in [
        ("queue (first page)", "/ui/queue"),
        ("queue state=late", "/ui/queue?state=late"),
        ("queue search IP", f"/ui/queue?q=198.51.{(n // 2) // 250 % 250}.{(n // 2) % 250}"),
        ("queue search sender", "/ui/queue?q=redakce12"),
        ("detail", f"/ui/submissions/{n // 2}"),
        ("dashboard", "/ui/dashboard"),
        ("audit (with chain check)", "/ui/audit"),
    ]:
        print(f"{label:<26} {timed(client, url):8.1f} ms (median of 5)")
    app.close()


if __name__ == "__main__":
    main()
