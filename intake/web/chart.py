"""Arrivals over time against the deadline, as plain numbers for an inline SVG (no script).

Buckets are Prague days, or hours when everything falls within three days (a demo, the
last evening before the deadline)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 900, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 48, 16, 40
MAX_BUCKETS = 72


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    start: datetime
    """Start of the bucket (Prague time)."""
    label: str
    count: int
    late: bool


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    cumulative: str
    """SVG polyline points of the running total (right axis)."""
    deadline_x: float | None
    y_ticks: list[tuple[float, int]]
    """Left axis: arrivals per bucket."""
    y2_ticks: list[tuple[float, int]]
    """Right axis: running total."""
    x_labels: list[tuple[float, str]]
    max_day: int
    total: int
    plot_bottom: float
    hourly: bool


def _axis(top: int) -> tuple[int, int]:
    """(axis maximum, tick step): whole numbers, at most about five ticks."""
    step = max(1, math.ceil(max(top, 1) / 4))
    return step * math.ceil(max(top, 1) / step), step


def _floor(t: datetime, hourly: bool) -> datetime:
    t = t.replace(minute=0, second=0, microsecond=0)
    return t if hourly else t.replace(hour=0)


def _label(t: datetime, hourly: bool) -> str:
    return f"{t.day}. {t.month}. {t:%H}:00" if hourly else f"{t.day}. {t.month}."


def arrivals_chart(
    times: list[datetime], deadline: datetime, tz: ZoneInfo, max_days: int = 60
) -> Chart:
    """Bars of arrivals per bucket, the running total, and the deadline marker."""
    local = sorted(t.astimezone(tz) for t in times)
    dl = deadline.astimezone(tz)
    lo = min(local[0], dl) if local else dl - timedelta(days=13)
    hi = max(local[-1], dl) if local else dl
    hourly = hi - lo <= timedelta(days=3)
    step = timedelta(hours=1) if hourly else timedelta(days=1)
    first, last = _floor(lo, hourly), _floor(hi, hourly)
    span = min(int((last - first) / step) + 1, MAX_BUCKETS if hourly else max_days)
    first = last - step * (span - 1)
    # bucket starts are computed in local wall time, so DST days still start at midnight
    starts = [
        _floor((first + step * i).astimezone(tz), hourly) if not hourly else first + step * i
        for i in range(span)
    ]
    counts = Counter(_floor(t, hourly) for t in local)
    earlier = sum(n for s, n in counts.items() if s < first)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / span
    peak, tick = _axis(max([counts.get(s, 0) for s in starts] + [1]))
    total = len(local)
    scale_max, tick2 = _axis(total)
    bars, points = [], []
    running = earlier
    for i, start in enumerate(starts):
        n = counts.get(start, 0)
        h = plot_h * n / peak
        x = LEFT + i * slot
        bars.append(
            Bar(
                round(x + slot * 0.15, 1),
                round(TOP + plot_h - h, 1),
                round(max(slot * 0.7, 1), 1),
                round(h, 1),
                start,
                _label(start, hourly),
                n,
                start > dl,
            )
        )
        running += n
        points.append(f"{x + slot / 2:.1f},{TOP + plot_h - plot_h * running / scale_max:.1f}")
    dl_x = None
    if first <= dl <= first + step * span:
        dl_x = round(LEFT + (dl - first) / step * slot, 1)
    ticks = [(round(TOP + plot_h - plot_h * v / peak, 1), v) for v in range(0, peak + 1, tick)]
    ticks2 = [
        (round(TOP + plot_h - plot_h * v / scale_max, 1), v) for v in range(0, scale_max + 1, tick2)
    ]
    every = max(1, span // 6)
    labels = [(round(LEFT + i * slot + slot / 2, 1), bars[i].label) for i in range(0, span, every)]
    return Chart(
        WIDTH,
        HEIGHT,
        bars,
        " ".join(points),
        dl_x,
        ticks,
        ticks2,
        labels,
        peak,
        total,
        TOP + plot_h,
        hourly,
    )
