"""SLA clocks on business hours, hand-computed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
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


LONDON = BusinessHours(timezone="Europe/London", weekdays=[0, 1, 2, 3, 4, 5, 6], start="00:30", end="03:30")


def test_daylight_saving_inside_open_hours_counts_real_seconds() -> None:
    # London springs forward on Sunday 2026-03-29 at 01:00 GMT (01:00 -> 02:00 local): that day's window
    # 00:30-03:30 local is 00:30-02:30 UTC, two real hours. Three business hours from 00:30 local end at
    # 00:30 BST the next day (Sunday 23:30 UTC) plus one hour: Monday 00:30 UTC.
    start = utc(2026, 3, 29, 0, 30)
    assert business_seconds_between(start, utc(2026, 3, 29, 2, 30), LONDON) == 7200
    due = add_business_seconds(start, 3 * 3600, LONDON)
    assert due == utc(2026, 3, 30, 0, 30)
    assert business_seconds_between(start, due, LONDON) == 3 * 3600
    # Back in October (01:00 BST -> 01:00 GMT on 2026-10-25) that day's window lasts four real hours.
    assert business_seconds_between(utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 3, 30), LONDON) == 4 * 3600


NIGHT = BusinessHours(timezone="UTC", weekdays=[0, 1, 2, 3, 4], start="22:00", end="06:00")


def test_a_window_across_midnight_belongs_to_the_day_it_opens() -> None:
    # Monday 22:00 to Tuesday 06:00 is Monday's window; Friday's runs into Saturday 06:00.
    assert add_business_seconds(utc(2026, 11, 23, 23, 0), 3 * 3600, NIGHT) == utc(2026, 11, 24, 2, 0)
    assert add_business_seconds(utc(2026, 11, 24, 5, 0), 2 * 3600, NIGHT) == utc(2026, 11, 24, 23, 0)
    assert add_business_seconds(utc(2026, 11, 23, 12, 0), 60, NIGHT) == utc(2026, 11, 23, 22, 1)
    assert add_business_seconds(utc(2026, 11, 28, 5, 0), 3600, NIGHT) == utc(2026, 11, 28, 6, 0)
    assert add_business_seconds(utc(2026, 11, 28, 6, 0), 60, NIGHT) == utc(2026, 11, 30, 22, 1)  # Sat, Sun closed
    assert business_seconds_between(utc(2026, 11, 23, 21), utc(2026, 11, 25, 7), NIGHT) == 16 * 3600


def test_holidays_close_the_day() -> None:
    # Christmas Friday and Boxing Day closed on a Monday-Saturday office: Thursday 19:50 + 20 min -> Monday.
    xmas = BusinessHours(timezone="UTC", weekdays=[0, 1, 2, 3, 4, 5], start="08:00", end="20:00",
                         holidays=["2026-12-25", "2026-12-26"])
    assert add_business_seconds(utc(2026, 12, 24, 19, 50), 1200, xmas) == utc(2026, 12, 28, 8, 10)
    assert business_seconds_between(utc(2026, 12, 24, 12), utc(2026, 12, 28, 12), xmas) == 12 * 3600  # 8 h + 4 h
    # A holiday closes a night window that opens on it, not the one of the evening before.
    night = BusinessHours(timezone="UTC", weekdays=[0, 1, 2, 3, 4], start="22:00", end="06:00",
                          holidays=["2026-11-24"])
    assert add_business_seconds(utc(2026, 11, 24, 5), 7200, night) == utc(2026, 11, 25, 23, 0)


ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Europe/Berlin", "America/Sao_Paulo",
         "Asia/Shanghai")


@pytest.mark.parametrize("zone", ZONES)
def test_round_trip_over_daylight_saving_zones(zone: str) -> None:
    import random

    rng = random.Random(zone)
    calendars = [BusinessHours(timezone=zone, weekdays=[0, 1, 2, 3, 4], start="08:00", end="20:00"),
                 BusinessHours(timezone=zone, weekdays=[0, 1, 2, 3, 4, 5, 6], start="01:00", end="04:00"),
                 BusinessHours(timezone=zone, weekdays=[0, 2, 4, 6], start="21:00", end="03:00",
                               holidays=["2026-03-29", "2026-10-04", "2026-11-01"])]
    for _ in range(300):
        hours = rng.choice(calendars)
        start = utc(2026, 1, 1) + timedelta(seconds=rng.uniform(0, 365 * 86400))
        seconds = rng.choice((0.0, rng.uniform(1, 3600), rng.uniform(3600, 5 * 86400)))
        due = add_business_seconds(start, seconds, hours)
        assert business_seconds_between(start, due, hours) == pytest.approx(seconds, abs=1e-6), (hours, start)
        later = due + timedelta(seconds=rng.uniform(0, 86400))
        assert business_seconds_between(start, later, hours) >= seconds - 1e-6


def test_console_resumed_ticket_is_due_by_the_server_time_less_its_pauses(tmp_path) -> None:
    # Where a backend sends no due times, the console computes them: a ticket that waited on the customer
    # is due later by the business time it was paused, exactly as the simulator (which sends them) says.
    from api_client.models import Queue
    from api_client.sla import due_times
    from simulator.engine import Config, Engine

    engine = Engine.open(tmp_path / "c.sqlite", Config(seed=3, start=utc(2026, 11, 23, 10)), reset=True)
    with engine.lock:
        t = next(t for t in engine.tickets.values() if t.status == "open" and t.queue_id == "after_sales")
        queue: Queue = engine.queues[t.queue_id]
        paused_at, before = engine.sim_datetime(), t.paused_s  # it may have waited on the customer already
        engine._pause(t)
        engine.now += 11 * 3600  # the customer answers after the office closed (no other event runs)
        engine._on_customer_reply(t)
        paused = business_seconds_between(paused_at, engine.sim_datetime(), OFFICE)
        assert paused > 0
        assert t.paused_s == pytest.approx(before + paused)
        server_due = t.resolution_due
        bare = msgspec.structs.replace(t, first_response_due=None, resolution_due=None)
        assert due_times(bare, queue)[1] == pytest.approx(server_due.timestamp())
        target = next(s.resolution_s for s in queue.sla if s.priority == t.priority)
        from_creation = add_business_seconds(t.created_at, target, OFFICE)
        assert business_seconds_between(from_creation, server_due, OFFICE) == pytest.approx(t.paused_s)
