"""Arrivals over time against the deadline, as plain numbers for an inline SVG (no script)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 900, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 48, 16, 40


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    day: date
    count: int
    late: bool


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    cumulative: str
    """SVG polyline points of the running total (scaled to the same axis as the total)."""
    deadline_x: float | None
    y_ticks: list[tuple[float, int]]
    """Left axis: arrivals per day."""
    y2_ticks: list[tuple[float, int]]
    """Right axis: running total."""
    x_labels: list[tuple[float, str]]
    max_day: int
    total: int
    plot_bottom: float


def _axis(top: int) -> tuple[int, int]:
    """(axis maximum, tick step): whole numbers, at most about five ticks."""
    step = max(1, math.ceil(max(top, 1) / 4))
    return step * math.ceil(max(top, 1) / step), step


def arrivals_chart(
    times: list[datetime], deadline: datetime, tz: ZoneInfo, max_days: int = 60
) -> Chart:
    """Bars of arrivals per day (Prague days), the running total, and the deadline marker."""
    dl_day = deadline.astimezone(tz).date()
    days = sorted(Counter(t.astimezone(tz).date() for t in times).items())
    first = days[0][0] if days else dl_day - timedelta(days=13)
    last = max(days[-1][0] if days else dl_day, dl_day)
    first = max(first, last - timedelta(days=max_days - 1))
    span = (last - first).days + 1
    counts = dict(days)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / span
    total = sum(n for d, n in days if d >= first)
    raw_peak = max([counts.get(first + timedelta(days=i), 0) for i in range(span)] + [1])
    peak, step = _axis(raw_peak)
    bars, points = [], []
    running = sum(n for d, n in days if d < first)
    scale_max, step2 = _axis(total + running)
    for i in range(span):
        day = first + timedelta(days=i)
        n = counts.get(day, 0)
        h = plot_h * n / peak
        x = LEFT + i * slot
        bars.append(
            Bar(
                round(x + slot * 0.15, 1),
                round(TOP + plot_h - h, 1),
                round(max(slot * 0.7, 1), 1),
                round(h, 1),
                day,
                n,
                day > dl_day,
            )
        )
        running += n
        points.append(f"{x + slot / 2:.1f},{TOP + plot_h - plot_h * running / scale_max:.1f}")
    dl_x = LEFT + ((dl_day - first).days + 1) * slot if first <= dl_day <= last else None
    ticks = [(round(TOP + plot_h - plot_h * v / peak, 1), v) for v in range(0, peak + 1, step)]
    ticks2 = [
        (round(TOP + plot_h - plot_h * v / scale_max, 1), v) for v in range(0, scale_max + 1, step2)
    ]
    step = max(1, span // 10)
    labels = [
        (
            round(LEFT + i * slot + slot / 2, 1),
            f"{(first + timedelta(days=i)).day}. {(first + timedelta(days=i)).month}.",
        )
        for i in range(0, span, step)
    ]
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
        running,
        TOP + plot_h,
    )
