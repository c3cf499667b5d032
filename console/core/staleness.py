"""When live data counts as stale: the one rule the main window and the wall display share (no Qt)."""

from __future__ import annotations

import time

STALE_AFTER_S = 15.0  # no page or heartbeat for this long: the data is stale


def data_age(last_data_at: float | None, now: float | None = None) -> float | None:
    """Seconds since the last page, snapshot or heartbeat arrived (``time.time()`` stamps); None before any."""
    if last_data_at is None:
        return None
    return (time.time() if now is None else now) - last_data_at


def is_stale(last_data_at: float | None, feed_live: bool, now: float | None = None) -> bool:
    """Data is stale once there is some and the feed is not live, or nothing arrived for STALE_AFTER_S."""
    age = data_age(last_data_at, now)
    return age is not None and (not feed_live or age > STALE_AFTER_S)
