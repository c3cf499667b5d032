"""SLA clocks on a business-hours calendar (pure functions, no state).

A calendar opens on its weekdays at ``start`` local time and closes at ``end``, the next day when ``end`` is
not after ``start`` (22:00-06:00 belongs to the day it opens). Holidays close the windows that open on those
dates. Windows are located in local time and measured in real elapsed seconds (UTC), so a daylight-saving
change inside open hours makes that day's window an hour shorter or longer, and
:func:`add_business_seconds` and :func:`business_seconds_between` agree on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from api_client.models import LIVE_CHANNELS, BusinessHours, Queue, Ticket

_MAX_DAYS = 400  # a target longer than this many calendar days is a configuration error

_Key = tuple[str, tuple[int, ...], str, str, tuple[str, ...]]


@lru_cache(maxsize=64)
def _calendar(key: _Key) -> tuple[ZoneInfo, frozenset[int], time, time, frozenset[date]]:
    tz, weekdays, start, end, holidays = key
    return (ZoneInfo(tz), frozenset(weekdays), time.fromisoformat(start), time.fromisoformat(end),
            frozenset(date.fromisoformat(d) for d in holidays))


def _key(hours: BusinessHours) -> _Key:
    return hours.timezone, tuple(hours.weekdays), hours.start, hours.end, tuple(hours.holidays)


def _windows(start: datetime, hours: BusinessHours) -> Iterator[tuple[datetime, datetime]]:
    """Yield (open, close) business windows in UTC, in order, from the one that may still be open at ``start``."""
    tz, weekdays, t_open, t_close, holidays = _calendar(_key(hours))
    overnight = t_close <= t_open
    day = start.astimezone(tz).date() - timedelta(days=1)  # yesterday's window may run past midnight
    for _ in range(_MAX_DAYS):
        if day.weekday() in weekdays and day not in holidays:
            w_open = datetime.combine(day, t_open, tz).astimezone(UTC)
            w_close = datetime.combine(day + timedelta(days=overnight), t_close, tz).astimezone(UTC)
            if w_close > w_open:  # a window skipped by a daylight-saving jump is empty
                yield w_open, w_close
        day += timedelta(days=1)


def add_business_seconds(start: datetime, seconds: float, hours: BusinessHours | None) -> datetime:
    """The moment ``seconds`` of business time after ``start`` (calendar time when hours is None)."""
    if hours is None:
        return start + timedelta(seconds=seconds)
    at = start.astimezone(UTC)
    remaining = seconds
    for w_open, w_close in _windows(at, hours):
        begin = max(at, w_open)
        if begin >= w_close:
            continue
        available = (w_close - begin).total_seconds()
        if remaining <= available:
            return (begin + timedelta(seconds=remaining)).astimezone(start.tzinfo)
        remaining -= available
    raise ValueError(f"SLA target of {seconds} s does not fit in {_MAX_DAYS} days of business hours")


def business_seconds_between(start: datetime, end: datetime, hours: BusinessHours | None) -> float:
    """Business seconds from ``start`` to ``end`` (negative when end is earlier)."""
    if end < start:
        return -business_seconds_between(end, start, hours)
    if hours is None:
        return (end - start).total_seconds()
    begin_at, end_at = start.astimezone(UTC), end.astimezone(UTC)
    total = 0.0
    for w_open, w_close in _windows(begin_at, hours):
        if w_open >= end_at:
            break
        begin, finish = max(begin_at, w_open), min(end_at, w_close)
        if finish > begin:
            total += (finish - begin).total_seconds()
    return total


def due_times(t: Ticket, queue: Queue | None) -> tuple[float | None, float | None]:
    """(first response due, resolution due) as epoch seconds.

    The server's due times win; where a backend sends none, they are computed from the queue's
    SLA policy on its business-hours calendar, the resolution clock extended by the time it was paused
    (``paused_s``). A paused clock (waiting on the customer) has no resolution due time.
    """
    frt = t.first_response_due.timestamp() if t.first_response_due else None
    res = t.resolution_due.timestamp() if t.resolution_due else None
    if queue is not None and (frt is None or res is None) and not (t.sla_paused and frt is not None):
        target = next((s for s in queue.sla if s.priority == t.priority), None)
        if target is not None:
            if frt is None:
                frt = add_business_seconds(t.created_at, target.first_response_s, queue.business_hours).timestamp()
            if res is None and not t.sla_paused:
                res = add_business_seconds(t.created_at, target.resolution_s + t.paused_s,
                                           queue.business_hours).timestamp()
    return frt, res


def service_level_met(t: Ticket, queue: Queue | None, answered_at: float, wait: float) -> bool | None:
    """Whether ``t``'s first answer met its service-level target (docs/metrics.md), or None when the service level
    does not count it. A queue with a live threshold counts live contacts (answered within the threshold); a queue
    without one (a ticket system's) counts every ticket with a first-reply due time (answered by it)."""
    if queue is None:
        return None
    if queue.service_level.threshold_s:
        return wait <= queue.service_level.threshold_s if t.channel in LIVE_CHANNELS else None
    due = due_times(t, queue)[0]
    return None if due is None else answered_at <= due
