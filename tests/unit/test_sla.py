"""SLA clocks on business hours, hand-computed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from api_client.models import BusinessHours
from api_client.sla import add_business_seconds, business_seconds_between

OFFICE = BusinessHours(timezone="UTC", weekdays=[0, 1, 2, 3, 4], start="08:00", end="20:00")
SHANGHAI = BusinessHours(timezone="Asia/Shanghai", weekdays=[0, 1, 2, 3, 4, 5], start="09:00", end="18:00")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_no_calendar_is_wall_clock() -> None:
    assert add_business_seconds(utc(2026, 11, 21, 23, 0), 7200, None) == utc(2026, 11, 22, 1, 0)


def test_inside_one_window() -> None:
    assert add_business_seconds(utc(2026, 11, 23, 9, 0), 900, OFFICE) == utc(2026, 11, 23, 9, 15)


def test_crosses_the_evening_boundary() -> None:
    # Monday 19:50 + 30 min of business time: 10 min on Monday, 20 min from Tuesday 08:00.
    assert add_business_seconds(utc(2026, 11, 23, 19, 50), 1800, OFFICE) == utc(2026, 11, 24, 8, 20)


def test_crosses_the_weekend() -> None:
    # Friday 19:50 + 20 min: 10 min on Friday, 10 min from Monday 08:00.
    assert add_business_seconds(utc(2026, 11, 27, 19, 50), 1200, OFFICE) == utc(2026, 11, 30, 8, 10)


def test_created_out_of_hours_starts_at_opening() -> None:
    # Saturday 15:00 + 1 h: Monday 09:00.
    assert add_business_seconds(utc(2026, 11, 28, 15, 0), 3600, OFFICE) == utc(2026, 11, 30, 9, 0)


def test_24_hours_of_business_time_is_two_working_days() -> None:
    assert add_business_seconds(utc(2026, 11, 23, 8, 0), 24 * 3600, OFFICE) == utc(2026, 11, 24, 20, 0)


def test_other_timezone() -> None:
    # 09:00-18:00 Shanghai is 01:00-10:00 UTC. Monday 09:30 UTC (17:30 local) + 1 h: 30 min then Tuesday 09:30 local.
    assert add_business_seconds(utc(2026, 11, 23, 9, 30), 3600, SHANGHAI) == utc(2026, 11, 24, 1, 30)


def test_between_is_the_inverse() -> None:
    start = utc(2026, 11, 27, 19, 50)
    end = add_business_seconds(start, 1200, OFFICE)
    assert business_seconds_between(start, end, OFFICE) == pytest.approx(1200)
    assert business_seconds_between(end, start, OFFICE) == pytest.approx(-1200)
    assert business_seconds_between(utc(2026, 11, 28, 9), utc(2026, 11, 29, 9), OFFICE) == 0


def test_paused_clock_resumes_with_the_remaining_business_time() -> None:
    # Due Monday 10:00; paused (waiting on the customer) Monday 09:40, 20 business minutes left;
    # the customer answers Monday 19:55: 5 min on Monday, 15 min from Tuesday 08:00.
    due = utc(2026, 11, 23, 10, 0)
    remaining = business_seconds_between(utc(2026, 11, 23, 9, 40), due, OFFICE)
    assert remaining == 1200
    assert add_business_seconds(utc(2026, 11, 23, 19, 55), remaining, OFFICE) == utc(2026, 11, 24, 8, 15)


def test_impossible_calendar_is_an_error() -> None:
    never = BusinessHours(timezone="UTC", weekdays=[], start="08:00", end="20:00")
    with pytest.raises(ValueError, match="does not fit"):
        add_business_seconds(utc(2026, 11, 23), 60, never)


def test_engine_pauses_and_resumes_the_resolution_clock(tmp_path) -> None:
    from simulator.engine import Config, Engine

    engine = Engine.open(tmp_path / "c.sqlite", Config(seed=3, start=utc(2026, 11, 23, 10)), reset=True)
    with engine.lock:
        t = next(t for t in engine.tickets.values() if t.status == "open" and t.queue_id == "after_sales")
        due = t.resolution_due
        engine._pause(t)
        assert t.sla_paused
        assert t.resolution_due is None
        left = engine.paused_remaining[t.id]
        assert left == pytest.approx(business_seconds_between(engine.sim_datetime(), due, OFFICE))
        engine.advance_to(engine.now + 600, emit=False)
        engine._on_customer_reply(t)
        assert not t.sla_paused
        assert t.resolution_due == add_business_seconds(engine.sim_datetime(), left, OFFICE)
        assert t.resolution_due - due >= timedelta(seconds=599)
