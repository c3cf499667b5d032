"""The one staleness rule the main window and the wall share."""

from __future__ import annotations

from console.core.staleness import STALE_AFTER_S, data_age, is_stale


def test_no_data_yet_is_neither_old_nor_stale() -> None:
    assert data_age(None, now=100.0) is None
    assert not is_stale(None, feed_live=False, now=100.0)


def test_live_data_turns_stale_after_the_limit() -> None:
    assert data_age(100.0, now=103.5) == 3.5
    assert not is_stale(100.0, feed_live=True, now=100.0 + STALE_AFTER_S)
    assert is_stale(100.0, feed_live=True, now=100.0 + STALE_AFTER_S + 0.1)


def test_fresh_data_is_stale_while_the_feed_is_not_live() -> None:
    assert is_stale(100.0, feed_live=False, now=100.5)
