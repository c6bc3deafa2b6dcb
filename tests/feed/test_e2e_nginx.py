"""End to end with real nginx: clients in their own network namespaces, the feed API under
uvicorn, the agent writing nginx's include and reloading it (root only; CI fails without)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from intake.feed.agent import Agent, AgentOptions
from intake.feed.tokens import add_token
from intake.web.app import create_app
from storage.db import session_scope
from tests.feed.helpers import Clock, approve_new, make_app, serving
from tests.fixtures.ngx import Nginx, curl_from

PRAGUE = ZoneInfo("Europe/Prague")


def test_allow_list_drives_nginx(
    tmp_path: Path, nginx: Nginx, netns_hosts: list[dict[str, str]]
) -> None:
    a, b = netns_hosts
    clock = Clock(datetime(2023, 1, 14, 13, 59, 50, tzinfo=PRAGUE))  # 10 s before live
    app = make_app(tmp_path / "server", clock=clock)
    approve_new(app, [a["ip"]])
    with session_scope(app.engine) as s:
        token = add_token(s, "feedhost", ["127.0.0.1/32"], actor="t", now=datetime.now(UTC))

    def status(host: dict[str, str]) -> int:
        return curl_from(host, f"http://{host['gw']}:8080/feed/results.xml")

    with serving(create_app(app)) as url, httpx.Client(timeout=10) as http:
        agent = Agent(
            AgentOptions(
                url=url,
                token=token,
                public_key=app.feed.key.public,
                target=Path(nginx.allow_file),
                state_dir=tmp_path / "agent",
                format="nginx",
                profile=None,  # follow the active profile
                check_command=nginx.check_command,
                reload_command=nginx.reload_command,
            ),
            client=http,
        )

        def cycle(expect: str) -> None:
            old = nginx.workers()
            assert agent.cycle() == expect, agent.health.last_error
            if expect == "applied":
                nginx.wait_replaced(old)

        assert (status(a), status(b)) == (403, 403)  # nothing applied yet
        cycle("applied")
        assert (status(a), status(b)) == (200, 403)  # approved vs unknown address
        cycle("unchanged")

        approve_new(app, ["192.0.2.99"], [b["ip"]])  # b becomes a test address
        cycle("applied")
        assert (status(a), status(b)) == (200, 200)  # profile test admits test addresses

        clock.advance(seconds=10)  # 14:00 Prague: live processing starts
        cycle("applied")
        assert agent.state["profile"] == "live"
        assert (status(a), status(b)) == (200, 403)  # test addresses cut off

        approve_new(app, [b["ip"]])  # a new approval: within the agent's next cycle
        cycle("applied")
        assert (status(a), status(b)) == (200, 200)
        assert agent.health.ok() and agent.health.version == 4

    with open(nginx.dir + "/logs/access.log") as f:
        log = f.read()
    assert f"{a['ip']} - - " in log and f"{b['ip']} - - " in log
    app.close()
