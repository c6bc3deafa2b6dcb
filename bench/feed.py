"""bench/feed: the allow-list feed.

(a) latency: approval committed -> list applied by the agent (signature verified, file written
    atomically, ``nginx -t`` and ``nginx -s reload`` of a real nginx on loopback). The feed API
    runs under uvicorn in this process, the agent loop in a thread (``--interval``); p50/p99
    over N approvals (goal: p99 <= 2 s).
(b) throughput of ``304 Not Modified`` answers (Bearer token + If-None-Match) from the feed API
    beside nginx (one worker) serving the same list as a static file with its own ETag, both
    measured with ``wrk`` (one thread, 50 connections) on this machine, in ``--rounds`` pairs
    run back to back. Two ratios: requests per second (the goal: >= 0.5) and requests per CPU
    second of the serving processes (user + system, /proc), which the load of a shared
    machine disturbs far less. ``--modes`` compares what serves the feed (``MODES``), each
    with ``--workers`` processes on one port.

    What each step bought (per CPU second, relative to nginx, 2-core machine shared with other
    jobs, load average 6-10; 1-7 runs of 3 rounds each; the wall-clock ratios of the same rounds
    spread over 0.07-1.63): the FastAPI route (``app``) 0.29-0.34; the raw ASGI path in front of
    FastAPI (``asgi``, the previous ``serve``) 0.33-0.44; uvicorn's access log off
    (``asgi-quiet``) 0.40-0.47; h11 instead of httptools 0.09-0.15 (httptools stays); the
    ``304`` answered by the HTTP protocol from the ASGI path's decision — no scope, task,
    middleware or access log (``serve``, ``intake.feed.fastpath``) — 0.67-0.85, about 2x the
    ASGI path (last run: 86 000 304s per CPU second, nginx about 112 000). Two processes on the
    two cores (``--workers 2``) gave less than one: serve 0.65 of nginx per CPU second and 0.41
    by the clock against 0.77 and 0.57 for one process in the same run, asgi 0.37 against 0.40 —
    wrk needs a core too — so ``serve`` has no workers option (docs/deployment.md).

Usage: .venv/bin/python -m bench.feed [-n 100] [--interval 1.0] [--seconds 5] [--connections 50]
       [--preload 100 10000]   (a) with that many approvals already on the list (how it grows)
       [--rounds 3] [--modes app asgi asgi-quiet asgi-h11 serve] [--workers 1 2]   (b)
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
from dataclasses import dataclass
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


def wrk(url: str, headers: dict[str, str], seconds: float, connections: int) -> tuple[float, int]:
    """(requests per second, requests) of one ``wrk`` run."""
    args = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds:g}s"]
    for k, v in headers.items():
        args += ["-H", f"{k}: {v}"]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx" in out:
        raise RuntimeError("wrk saw error responses:\n" + out)
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    n = re.search(r"(\d+) requests in", out)
    if m is None or n is None:
        raise RuntimeError(out)
    return float(m.group(1)), int(n.group(1))


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of the processes (all their threads), from /proc."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def with_children(pid: int) -> list[int]:
    kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [pid, *map(int, kids)]


@dataclass(frozen=True)
class Run:
    rate: float
    """requests per second (wall clock)"""
    per_cpu: float
    """requests per CPU second of the serving processes"""


def timed_wrk(
    url: str, headers: dict[str, str], seconds: float, connections: int, pids: list[int]
) -> Run:
    before = cpu_seconds(pids)
    rate, n = wrk(url, headers, seconds, connections)
    return Run(rate, n / max(cpu_seconds(pids) - before, 1e-9))


def status_and_etag(url: str, headers: dict[str, str]) -> tuple[int, str]:
    import httpx

    r = httpx.get(url, headers=headers)
    return r.status_code, r.headers.get("etag", "")


MODES = {
    "serve": "as podatelna serve: 304 in the HTTP protocol (intake.feed.fastpath), access log off",
    "asgi": "outermost raw ASGI under uvicorn's defaults (httptools, access log): before the fast path",
    "asgi-quiet": "outermost raw ASGI, httptools, access log off: uvicorn options alone",
    "asgi-h11": "outermost raw ASGI, uvicorn with h11 instead of httptools",
    "app": "create_app alone: the FastAPI route",
}  # fmt: skip
"""What a serving child runs (``--mode``); ``serve`` is the figure the goal is about. With
``--workers N`` each mode runs in N processes on one port (``SO_REUSEPORT``), each with its own
composition root over the same database, as several ``podatelna serve`` processes would."""


def reuseport_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve_main(d: str, port: int, mode: str) -> None:
    """Child process of (b): the feed API alone under uvicorn, as ``mode`` says."""
    import uvicorn

    from intake.feed.server import outermost
    from intake.runner import serve_http
    from intake.web.app import create_app

    app = make_app(Path(d))
    if mode == "serve":
        serve_http(app, "127.0.0.1", port, sock=reuseport_socket(port))
        return
    web = create_app(app)
    served: Any = web if mode == "app" else outermost(web, app.feed_server)
    config = uvicorn.Config(
        served,
        log_level="warning",
        http="h11" if mode == "asgi-h11" else "auto",
        access_log=mode != "asgi-quiet",
        server_header=mode != "asgi-quiet",
    )
    uvicorn.Server(config).run(sockets=[reuseport_socket(port)])


def start_children(
    d: Path, mode: str, workers: int, ready: tuple[str, dict[str, str]]
) -> tuple[list[subprocess.Popen[bytes]], str]:
    """``workers`` serving processes on one free port; waits until they answer ``ready``."""
    port = free_port()
    cmd = [sys.executable, "-m", "bench.feed", "--serve", str(d), "--port", str(port)]
    children = [subprocess.Popen([*cmd, "--mode", mode]) for _ in range(workers)]
    base = f"http://127.0.0.1:{port}"
    t0 = time.monotonic()
    while True:
        try:
            status_and_etag(base + ready[0], ready[1])
            return children, base
        except Exception:
            if any(c.poll() is not None for c in children) or time.monotonic() - t0 > 30:
                stop_children(children)
                raise
            time.sleep(0.1)


def stop_children(children: list[subprocess.Popen[bytes]]) -> None:
    for c in children:
        c.send_signal(signal.SIGTERM)
    for c in children:
        c.wait(timeout=10)


def measure(
    api: tuple[str, list[int]],
    static: tuple[str, list[int]],
    auth: dict[str, str],
    load: tuple[float, int, int],
) -> tuple[list[Run], list[Run]]:
    """``rounds`` pairs of (ours, nginx) 304 runs — URL and serving processes of each — back to
    back, so that the load of the (shared) machine is about the same for both."""
    seconds, connections, rounds = load
    code, etag = status_and_etag(api[0], auth)
    scode, setag = status_and_etag(static[0], {})
    assert code == 200 and scode == 200, (code, scode)
    assert status_and_etag(api[0], {**auth, "If-None-Match": etag})[0] == 304
    assert status_and_etag(static[0], {"If-None-Match": setag})[0] == 304
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(timed_wrk(api[0], {**auth, "If-None-Match": etag}, *load[:2], api[1]))
        theirs.append(timed_wrk(static[0], {"If-None-Match": setag}, *load[:2], static[1]))
    return ours, theirs


def bench_304(
    seconds: float, connections: int, modes: list[str], workers: list[int], rounds: int
) -> None:
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
    static = f"http://127.0.0.1:{nport}/static/allow.conf"
    path = "/api/v1/allowlist?profile=live&format=nginx"
    auth = {"Authorization": f"Bearer {token}"}
    try:
        for mode in modes:
            for n in workers:
                children, base = start_children(d / "server", mode, n, (path, auth))
                try:
                    ours, theirs = measure(
                        (base + path, [c.pid for c in children]),
                        (static, with_children(proc.pid)),
                        auth,
                        (seconds, connections, rounds),
                    )
                finally:
                    stop_children(children)
                report(mode, n, ours, theirs, connections, seconds)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
        shutil.rmtree(d, ignore_errors=True)


def report(
    mode: str, workers: int, ours: list[Run], theirs: list[Run], connections: int, seconds: float
) -> None:
    ratios = sorted(o.rate / t.rate for o, t in zip(ours, theirs, strict=True))
    cpu = sorted(o.per_cpu / t.per_cpu for o, t in zip(ours, theirs, strict=True))
    rate, nginx = statistics.median(o.rate for o in ours), statistics.median(t.rate for t in theirs)
    per_cpu = statistics.median(o.per_cpu for o in ours)
    detail = (
        f"ratio {min(ratios):.2f}-{max(ratios):.2f} over {len(ratios)} rounds; per CPU second "
        f"{per_cpu:,.0f} = {statistics.median(cpu):.2f} of nginx's, {min(cpu):.2f}-{max(cpu):.2f}"
    )
    if mode == "serve" and workers == 1:  # the goal's figure (bench/run.py reads this line)
        print(
            f"(b) 304/s with {connections} connections, {seconds:g} s: feed API ({MODES[mode]}) "
            f"{rate:,.0f}/s, nginx static {nginx:,.0f}/s, ratio {statistics.median(ratios):.2f} "
            f"({detail}; goal >= 0.5)"
        )
        return
    print(
        f"(b) {mode} x{workers} ({MODES[mode]}): {rate:,.0f}/s beside nginx {nginx:,.0f}/s, "
        f"median ratio {statistics.median(ratios):.2f} ({detail})"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("-n", type=int, default=100, help="approvals for (a)")
    p.add_argument("--interval", type=float, default=1.0, help="agent polling interval (a)")
    p.add_argument("--seconds", type=float, default=5, help="wrk duration (b)")
    p.add_argument("--connections", type=int, default=50, help="wrk connections (b)")
    p.add_argument("--rounds", type=int, default=3, help="(b) pairs of wrk runs per mode")
    p.add_argument(
        "--modes", nargs="+", choices=list(MODES), default=["serve"],
        help="(b) what serves the feed (serve = as podatelna serve runs it)",
    )  # fmt: skip
    p.add_argument("--workers", type=int, nargs="+", default=[1], help="(b) processes per mode")
    p.add_argument("--only", choices=("a", "b"))
    p.add_argument(
        "--preload", type=int, nargs="*", default=[0],
        help="(a) again with this many approved applications already on the list, e.g. 100 10000",
    )  # fmt: skip
    p.add_argument("--serve", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.add_argument("--mode", choices=list(MODES), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve_main(args.serve, args.port, args.mode)
        return
    if args.only != "b":
        for preloaded in args.preload:
            bench_latency(args.n, args.interval, preloaded)
    if args.only != "a":
        modes = [m for m in args.modes if m != "serve"] + ["serve"]  # the goal's line last
        bench_304(args.seconds, args.connections, modes, args.workers, args.rounds)


if __name__ == "__main__":
    main()
