"""The verification record in plain Czech: §4(7) items from any plausible key layout."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from intake.web.chart import arrivals_chart
from intake.web.common import cz_datetime
from intake.web.protocol import protocol
from tests.web.seed import FULL_RECORD

PRAGUE = ZoneInfo("Europe/Prague")


def dt(v: object) -> str:
    return cz_datetime(v, PRAGUE)  # type: ignore[arg-type]


def test_full_record_fills_every_item() -> None:
    p = protocol(FULL_RECORD, dt)
    assert [i.letter for i in p.items] == list("abcdefgh")
    assert all(i.present for i in p.items), [i for i in p.items if not i.present]
    assert p.passed and p.indication == "TOTAL_PASSED"
    values = {i.letter: i.value for i in p.items}
    assert values["e"] == "kvalifikovaný elektronický podpis"
    assert values["f"] == "19. 12. 2022 10:00:00"
    shown = dict(p.other)
    assert shown["subjekt certifikátu"] == "CN=Jana Nováková,O=Deník Test,C=CZ"
    assert "revocation" not in shown  # shown in h), not repeated


def test_minimal_record_marks_missing_items() -> None:
    p = protocol({"kind": "smime", "status": "missing"}, dt)
    missing = [i.letter for i in p.items if not i.present]
    assert missing == list("abcdefh")
    assert not p.passed and p.title == "Podpis e-mailu (S/MIME)"
    assert p.items[6].value.startswith("Chybí")


def test_other_key_layout_and_failed_indication() -> None:
    record = {
        "kind": "zfo_seal",
        "indication": "urn:etsi:019102:mainindication:INDETERMINATE",
        "subindication": "urn:etsi:019102:subindication:TRY_LATER",
        "signer": {
            "common_name": "Ministerstvo vnitra",
            "serial_hex": "0a0b",
            "not_before": "2022-01-01T00:00:00+00:00",
            "not_after": "2024-01-01T00:00:00+00:00",
        },
        "provider": "Česká pošta, s.p.",
        "level": "AdES",
        "qc_type": "eseal",
        "revocation": [
            {
                "kind": "ocsp",
                "ocsp_responder": "CN=OCSP PostSignum",
                "this_update": "2022-12-19T06:00:00+00:00",
            }
        ],
        "custom_field": "x",
    }
    p = protocol(record, dt)
    values = {i.letter: i.value for i in p.items}
    assert values["a"] == "Česká pošta, s.p." and values["c"] == "0a0b"
    assert values["d"] == "Ministerstvo vnitra"
    assert values["e"] == (
        "zaručená elektronická pečeť (bez kvalifikovaného certifikátu)"
        " (certifikát pro elektronickou pečeť)"
    )
    assert values["h"].startswith("OCSP (respondér CN=OCSP PostSignum), vydáno 19. 12. 2022")
    assert "Nelze rozhodnout" in p.verdict_cs and "nejsou zatím dostupné" in p.verdict_cs
    assert not p.passed and p.title == "Pečeť datové zprávy (ISDS)"
    assert ("custom_field", "x") in p.other


def test_czech_datetime_is_prague_local_with_dst() -> None:
    assert (
        cz_datetime(datetime.fromisoformat("2022-12-23T22:59:59+00:00"), PRAGUE)
        == "23. 12. 2022 23:59:59"
    )
    assert (
        cz_datetime(datetime.fromisoformat("2023-07-01T10:00:00+00:00"), PRAGUE)
        == "1. 7. 2023 12:00:00"
    )


def test_chart_marks_late_days_and_totals() -> None:
    deadline = datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE)
    times = [
        datetime(2022, 12, 23, 22, 30, tzinfo=ZoneInfo("UTC")),  # 23:30 Prague: on time
        datetime(2022, 12, 23, 23, 30, tzinfo=ZoneInfo("UTC")),  # 00:30 next day: late
        datetime(2022, 12, 20, 9, 0, tzinfo=PRAGUE),
    ]
    c = arrivals_chart(times, deadline, PRAGUE)
    assert not c.hourly
    by_day = {b.start.date().isoformat(): b for b in c.bars}
    assert by_day["2022-12-23"].count == 1 and not by_day["2022-12-23"].late
    assert by_day["2022-12-24"].count == 1 and by_day["2022-12-24"].late
    assert c.total == 3 and c.deadline_x is not None
    assert [v for _, v in c.y_ticks] == [0, 1]


def test_chart_uses_hours_for_a_short_span() -> None:
    deadline = datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE)
    times = [
        datetime(2022, 12, 23, 21, 10, tzinfo=PRAGUE),
        datetime(2022, 12, 23, 21, 50, tzinfo=PRAGUE),
        datetime(2022, 12, 24, 0, 5, tzinfo=PRAGUE),
    ]
    c = arrivals_chart(times, deadline, PRAGUE)
    assert c.hourly
    counted = {b.label: (b.count, b.late) for b in c.bars if b.count}
    assert counted == {"23. 12. 21:00": (2, False), "24. 12. 00:00": (1, True)}
    assert c.deadline_x is not None and c.bars[-1].x > c.deadline_x > c.bars[0].x
