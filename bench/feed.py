"""bench/feed: the allow-list feed.

(a) latency: approval committed -> list applied by the agent (signature verified, file written
    atomically, ``nginx -t`` and ``nginx -s reload`` of a real nginx on loopback). The feed API
    runs under uvicorn in this process, the agent loop in a thread (``--interval``); p50/p99
    over N approvals (goal: p99 <= 2 s).
(b) throughput of ``304 Not Modified`` answers (Bearer token + If-None-Match) from the feed API
    (one uvicorn process) beside nginx (one worker) serving the same list as a static file with
    its own ETag, both measured with ``wrk`` on this machine; the ratio is the goal (>= 0.4).

Usage: .venv/bin/python -m bench.feed [-n 100] [--interval 1.0] [--seconds 5] [--connections 50]
       [--preload 100 10000]   (a) with that many approvals already on the list (how it grows)
       (b) serves the feed as ``podatelna serve`` does: ``intake.feed.server.outermost(web, …)``;
       BENCH_FEED_APP_ONLY=1 ... measures ``create_app`` alone (the path inside FastAPI)
Needs nginx (and wrk for (b): apt-get install wrk).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NGINX = "/usr/sbin/nginx"
NGINX_CONF = """\
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {d}/tmp; proxy_temp_path {d}/tmp; fastcgi_temp_path {d}/tmp;
    uwsgi_temp_path {d}/tmp; scgi_temp_path {d}/tmp;
    default_type text/plain;
    server {{
        listen 127.0.0.1:{port};
        location /feed/ {{ include {d}/allow.conf; deny all; root {d}/www; }}
        location /static/ {{ root {d}/www; }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_nginx(d: Path) -> tuple[subprocess.Popen[bytes], int, list[str]]:
    port = free_port()
    for sub in ("www/feed", "www/static", "tmp"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    os.chmod(d, 0o755)
    (d / "allow.conf").write_text("deny all;\n")
    (d / "nginx.conf").write_text(NGINX_CONF.format(d=d, port=port))
    base = [NGINX, "-c", str(d / "nginx.conf"), "-p", str(d), "-e", str(d / "error.log")]
    proc = subprocess.Popen([*base, "-g", "daemon off;"])
    t0 = time.monotonic()
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port, base
        except OSError:
            if proc.poll() is not None or time.monotonic() - t0 > 10:
                raise RuntimeError((d / "error.log").read_text()) from None
            time.sleep(0.01)


def make_app(d: Path) -> Any:
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from tests.fakes import FakeStages

    settings = load_settings(
        None,
        base_dir=d,
        mode="development",
        database={"url": f"sqlite:///{d}/p.db"},
        evidence={"dir": str(d / "evidence")},
    )
    app = build_app(settings, stages=FakeStages(), sources={})
    return app


def token_for(app: Any) -> str:
    from intake.feed.tokens import add_token
    from storage.db import session_scope

    with session_scope(app.engine) as s:
        return add_token(s, f"bench-{time.time_ns()}", [], actor="bench", now=datetime.now(UTC))


def preload(app: Any, n: int) -> None:
    """``n`` approved applications (one public address each) already on the list, filed and
    decided in bulk without publishing each, then one version published: the list the timed
    approvals are added to."""
    from sqlmodel import col, select

    from intake.decisions import correct, decide
    from intake.model import Channel, RawItem
    from storage.db import session_scope
    from storage.tables import Submission
    from tests.fakes import eml

    for start in range(0, n, 500):
        items = [
            RawItem(source="preload", ref=f"p{i}", data=eml(10**6 + i, body=f"preload {i}"),
                    channel=Channel.EMAIL)
            for i in range(start, min(n, start + 500))
        ]  # fmt: skip
        app.service.receive_many(items)
        app.service.process_pending()
    with session_scope(app.engine) as s:
        ids = s.exec(select(Submission.id).where(col(Submission.source) == "preload")).all()
        for k, sub_id in enumerate(ids):
            ip = f"203.{k // 65536}.{k // 256 % 256}.{k % 256}"
            correct(s, sub_id, "production_ips", [ip], actor="officer:bench")
            decide(s, sub_id, "approve", actor="officer:bench")
    app.feed.publish_now("bench preload")


def bench_latency(n: int, interval: float, preloaded: int = 0) -> None:
    import httpx

    from intake.feed.agent import Agent, AgentOptions
    from intake.web.app import create_app
    from tests.feed.helpers import decide_on, file_application, serving

    d = Path(tempfile.mkdtemp(prefix="bench-feed-"))
    os.chmod(d, 0o755)  # nginx workers (nobody) must traverse it
    proc, _port, base = start_nginx(d / "nginx")
    app = make_app(d / "server")
    token = token_for(app)
    if preloaded:
        t = time.monotonic()
        preload(app, preloaded)
        print(f"(a) {preloaded} approved applications preloaded in {time.monotonic() - t:.0f} s")
    try:
        with serving(create_app(app)) as url, httpx.Client(timeout=10) as http:
            agent = Agent(
                AgentOptions(
                    url=url,
                    token=token,
                    public_key=app.feed.key.public,
                    target=d / "nginx" / "allow.conf",
                    state_dir=d / "agent",
                    format="nginx",
                    check_command=" ".join([*base, "-t", "-q"]),
                    reload_command=" ".join([*base, "-s", "reload"]),
                    interval=interval,
                ),
                client=http,
            )
            stop = threading.Event()
            runner = threading.Thread(target=agent.run, args=(stop,), daemon=True)
            runner.start()
            lat: list[float] = []
            for i in range(n):
                ip = f"198.51.{100 + i // 250}.{i % 250 + 1}"
                sub_id = file_application(app, [ip])  # filed and reviewed: not timed
                time.sleep((i % 7) * interval / 7)  # spread over the agent's polling phase
                t0 = time.monotonic()
                decide_on(app, sub_id, "approve")  # committed with its new version
                target = agent.state.get("version", 0) + 1
                while (agent.health.version or 0) < target:
                    if time.monotonic() - t0 > 30:
                        raise RuntimeError(f"not applied: {agent.health.as_dict()}")
                    time.sleep(0.002)
                lat.append(time.monotonic() - t0)
            stop.set()
            runner.join(timeout=10)
        q = statistics.quantiles(lat, n=100)
        print(
            f"(a) approval -> applied by the agent (interval {interval:.1f} s, nginx -t + "
            f"reload, {preloaded} on the list before), n={n}: p50 {q[49]:.3f} s, p99 {q[98]:.3f} s, max {max(lat):.3f} s "
            f"(goal p99 <= 2 s)"
        )
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
        app.close()
        shutil.rmtree(d, ignore_errors=True)


def wrk(url: str, headers: dict[str, str], seconds: int, connections: int) -> float:
    args = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s"]
    for k, v in headers.items():
        args += ["-H", f"{k}: {v}"]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx" in out:
        raise RuntimeError("wrk saw error responses:\n" + out)
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m is None:
        raise RuntimeError(out)
    return float(m.group(1))


def status_and_etag(url: str, headers: dict[str, str]) -> tuple[int, str]:
    import httpx

    r = httpx.get(url, headers=headers)
    return r.status_code, r.headers.get("etag", "")


def serve_main(d: str, port: int) -> None:
    """Child process of (b): the feed API alone under uvicorn."""
    import uvicorn

    from intake.web.app import create_app

    app = make_app(Path(d))
    web = create_app(app)
    served: Any = web
    if not os.environ.get("BENCH_FEED_APP_ONLY"):  # as `podatelna serve` runs it
        from intake.feed.server import outermost

        served = outermost(web, app.feed_server)
    uvicorn.run(served, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def bench_304(seconds: int, connections: int) -> None:
    from tests.feed.helpers import approve_new

    if shutil.which("wrk") is None:
        print("(b) skipped: wrk not installed (apt-get install wrk)")
        return
    d = Path(tempfile.mkdtemp(prefix="bench-feed-"))
    os.chmod(d, 0o755)  # nginx workers (nobody) must traverse it
    app = make_app(d / "server")
    for i in range(10):
        approve_new(app, [f"198.51.100.{i + 1}"], [f"203.0.113.{i + 1}"])
    token = token_for(app)
    body = app.feed.export("live", "nginx").body
    app.close()
    proc, nport, _ = start_nginx(d / "nginx")
    (d / "nginx" / "www" / "static" / "allow.conf").write_bytes(body)
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.feed", "--serve", str(d / "server"), "--port", str(port)]
    )
    try:
        api = f"http://127.0.0.1:{port}/api/v1/allowlist?profile=live&format=nginx"
        auth = {"Authorization": f"Bearer {token}"}
        t0 = time.monotonic()
        while True:
            try:
                code, etag = status_and_etag(api, auth)
                break
            except Exception:
                if child.poll() is not None or time.monotonic() - t0 > 20:
                    raise
                time.sleep(0.1)
        static = f"http://127.0.0.1:{nport}/static/allow.conf"
        scode, setag = status_and_etag(static, {})
        assert code == 200 and scode == 200, (code, scode)
        assert status_and_etag(api, {**auth, "If-None-Match": etag})[0] == 304
        assert status_and_etag(static, {"If-None-Match": setag})[0] == 304
        ours = wrk(api, {**auth, "If-None-Match": etag}, seconds, connections)
        theirs = wrk(static, {"If-None-Match": setag}, seconds, connections)
        how = "create_app" if os.environ.get("BENCH_FEED_APP_ONLY") else "outermost ASGI, as serve"
        print(
            f"(b) 304/s with {connections} connections, {seconds} s: feed API ({how}) "
            f"{ours:,.0f}/s, nginx static {theirs:,.0f}/s, ratio {ours / theirs:.2f} "
            "(goal >= 0.4)"
        )
    finally:
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=10)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
        shutil.rmtree(d, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("-n", type=int, default=100, help="approvals for (a)")
    p.add_argument("--interval", type=float, default=1.0, help="agent polling interval (a)")
    p.add_argument("--seconds", type=int, default=5, help="wrk duration (b)")
    p.add_argument("--connections", type=int, default=50, help="wrk connections (b)")
    p.add_argument("--only", choices=("a", "b"))
    p.add_argument(
        "--preload", type=int, nargs="*", default=[0],
        help="(a) again with this many approved applications already on the list, e.g. 100 10000",
    )  # fmt: skip
    p.add_argument("--serve", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve_main(args.serve, args.port)
        return
    if args.only != "b":
        for preloaded in args.preload:
            bench_latency(args.n, args.interval, preloaded)
    if args.only != "a":
        bench_304(args.seconds, args.connections)


if __name__ == "__main__":
    main()
