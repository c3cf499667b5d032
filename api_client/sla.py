"""SLA clocks on a business-hours calendar (pure functions, no state)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from api_client.models import BusinessHours

_MAX_DAYS = 400  # a target longer than this many calendar days is a configuration error


@lru_cache(maxsize=64)
def _calendar(hours: tuple[str, tuple[int, ...], str, str]) -> tuple[ZoneInfo, frozenset[int], time, time]:
    tz, weekdays, start, end = hours
    return ZoneInfo(tz), frozenset(weekdays), time.fromisoformat(start), time.fromisoformat(end)


def _key(hours: BusinessHours) -> tuple[str, tuple[int, ...], str, str]:
    return hours.timezone, tuple(hours.weekdays), hours.start, hours.end


def _windows(start: datetime, hours: BusinessHours) -> Iterator[tuple[datetime, datetime]]:
    """Yield (open, close) business windows, in aware datetimes, from the day of ``start`` on."""
    tz, weekdays, t_open, t_close = _calendar(_key(hours))
    day = start.astimezone(tz).date()
    for _ in range(_MAX_DAYS):
        if day.weekday() in weekdays:
            yield (datetime.combine(day, t_open, tz), datetime.combine(day, t_close, tz))
        day += timedelta(days=1)


def add_business_seconds(start: datetime, seconds: float, hours: BusinessHours | None) -> datetime:
    """The moment ``seconds`` of business time after ``start`` (calendar time when hours is None)."""
    if hours is None:
        return start + timedelta(seconds=seconds)
    remaining = seconds
    for w_open, w_close in _windows(start, hours):
        begin = max(start, w_open)
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
    total = 0.0
    for w_open, w_close in _windows(start, hours):
        if w_open >= end:
            break
        begin, finish = max(start, w_open), min(end, w_close)
        if finish > begin:
            total += (finish - begin).total_seconds()
    return total
