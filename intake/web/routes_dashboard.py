"""Dashboard: arrivals against the deadline, counts per state and channel, approved IPs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlmodel import col, select
from starlette.responses import Response

from intake.web.auth import Principal
from intake.web.chart import arrivals_chart
from intake.web.common import PREFIX, STATES_CS, app_of, reader, render, tz_of
from intake.web.queries import channel_counts, state_counts
from storage.db import session_scope
from storage.tables import Application, Submission

router = APIRouter(include_in_schema=False)


@router.get(f"{PREFIX}/dashboard")
def dashboard(request: Request, who: Annotated[Principal, Depends(reader)]) -> Response:
    app = app_of(request)
    campaign = app.settings.campaign
    with session_scope(app.engine) as s:
        times = list(s.exec(select(Submission.received_at)).all())
        counts = state_counts(s)
        channels = channel_counts(s)
        approved = s.exec(
            select(Application)
            .join(Submission, col(Submission.id) == col(Application.submission_id))
            .where(col(Submission.state) == "approved", col(Application.campaign) == campaign.name)
        ).all()
    production: list[str] = []
    test: list[str] = []
    for a in approved:
        production += [ip for ip in a.production_ips or [] if ip not in production]
        test += [ip for ip in a.test_ips or [] if ip not in test]
    profile_test = production + [ip for ip in test if ip not in production]
    chart = arrivals_chart(times, campaign.deadline, tz_of(request))
    return render(
        request,
        "dashboard.html",
        chart=chart,
        counts=counts,
        channels=channels,
        states=list(STATES_CS),
        total=sum(counts.values()),
        live_ips=production,
        test_ips=profile_test,
        approved=len(approved),
        unscanned=app.unscanned,
    )
