"""The dashboard's time series: ring buffer, filters as column sums, rolling rates."""

from __future__ import annotations

import numpy as np
import pytest

from console.core.history import N_FIELDS, H, History

A, B = ("billing", "phone", "normal"), ("orders", "chat", "high")


def row(waiting: float = 0, arrivals: float = 0, answered: float = 0, within: float = 0) -> list[float]:
    v = [0.0] * N_FIELDS
    v[H.WAITING], v[H.ARRIVALS], v[H.SL_COUNTED], v[H.SL_MET] = waiting, arrivals, answered, within
    return v


def test_same_step_overwrites_and_new_step_appends() -> None:
    h = History(step_s=10, span_s=100)
    h.sample(1000, {A: row(waiting=1)})
    h.sample(1005, {A: row(waiting=2)})  # same 10 s step: the live edge moves
    assert len(h) == 1
    assert h.series([A], H.WAITING).tolist() == [2]
    h.sample(1010, {A: row(waiting=3)})
    assert len(h) == 2
    assert h.times().tolist() == [1005, 1010]


def test_ring_keeps_the_newest_span() -> None:
    h = History(step_s=10, span_s=50)
    for i in range(12):
        h.sample(i * 10, {A: row(waiting=i)})
    assert len(h) == 5
    assert h.series([A], H.WAITING).tolist() == [7, 8, 9, 10, 11]


def test_filter_is_a_sum_and_new_cells_start_at_zero() -> None:
    h = History(step_s=10, span_s=1000)
    h.sample(0, {A: row(waiting=2)})
    h.sample(10, {A: row(waiting=3), B: row(waiting=5)})
    assert h.series([A, B], H.WAITING).tolist() == [2, 8]
    assert h.series([B], H.WAITING).tolist() == [0, 5]
    assert h.series([("x", "y", "z")], H.WAITING).tolist() == [0, 0]


def test_rolling_service_level_and_rates() -> None:
    h = History(step_s=60, span_s=86400)
    # Cumulative: every minute 2 live contacts answered, 1 within target; 3 arrivals.
    for m in range(0, 121):
        h.sample(m * 60, {A: row(arrivals=3 * m, answered=2 * m, within=m)})
    sl = h.rolling_ratio([A], H.SL_MET, [H.SL_COUNTED], window_s=3600)
    assert np.isnan(sl[0])  # nothing yet
    assert sl[-1] == pytest.approx(0.5)
    rate = h.rate_per_hour([A], H.ARRIVALS, window_s=900)
    assert rate[-1] == pytest.approx(180)


def test_young_history_counts_the_events_the_snapshot_brought() -> None:
    h = History(step_s=60, span_s=86400)
    # Connected at t=0 with 10 answered (6 within) already in the last hour; then 2 a minute, 1 within.
    for m in range(0, 11):
        h.sample(m * 60, {A: row(answered=10 + 2 * m, within=6 + m)})
    sl = h.rolling_ratio([A], H.SL_MET, [H.SL_COUNTED], window_s=3600)
    assert sl[0] == pytest.approx(0.6)  # what the tile shows at connect time
    assert sl[-1] == pytest.approx(16 / 30)
    rate = h.rate_per_hour([A], H.SL_COUNTED, window_s=900)
    assert np.isnan(rate[:15]).all()  # younger than the window and nothing preloaded: no rate
    known = h.rate_per_hour([A], H.SL_COUNTED, window_s=900, preload_s=3600)
    assert known[0] == pytest.approx(10)  # 10 answered in the hour before connecting
    assert known[-1] == pytest.approx(30 / 70 * 60)  # 30 in the 70 minutes known


def test_a_resync_is_no_data_not_a_negative_rate() -> None:
    h = History(step_s=60, span_s=86400)
    for m in range(0, 100):  # 100 minutes of growing totals
        h.sample(m * 60, {A: row(arrivals=3 * m, answered=2 * m, within=m)})
    h.sample(100 * 60, {A: row(arrivals=2, answered=1, within=1)})  # totals restarted after a new snapshot
    assert np.isnan(h.rate_per_hour([A], H.ARRIVALS)[-1])
    assert np.isnan(h.rolling_ratio([A], H.SL_MET, [H.SL_COUNTED], 3600)[-1])


def test_sums_at_reads_one_row() -> None:
    h = History(step_s=60, span_s=86400)
    for m in range(0, 10):
        h.sample(m * 60, {A: row(waiting=m, answered=2 * m), B: row(waiting=1)})
    assert h.sums_at([A, B], 300)[H.WAITING] == 6  # 5 + 1
    assert h.sums_at([A], 290)[H.SL_COUNTED] == 10  # the first sample at or after 290 s
    assert h.sums_at([A], -1) is None
    assert h.sums_at([("x", "y", "z")], 300).tolist() == [0.0] * N_FIELDS


@pytest.mark.parametrize("minutes", [30, 200])  # younger and older than the hour-long window
def test_since_gives_the_tail_of_the_full_answer(minutes: int) -> None:
    h = History(step_s=60, span_s=86400)
    rng = np.random.default_rng(minutes)
    totals = np.cumsum(rng.integers(0, 5, size=(minutes, 3)), axis=0)
    for m in range(minutes):
        arrivals, answered, within = totals[m]
        h.sample(m * 60, {A: row(waiting=m % 7, arrivals=arrivals, answered=answered + within, within=within)})
    since = (minutes - 20) * 60.0
    tail = len(h.times(since))
    assert tail == 20
    assert h.series([A], H.WAITING, since).tolist() == h.series([A], H.WAITING)[-tail:].tolist()
    np.testing.assert_array_equal(h.rolling_ratio([A], H.SL_MET, [H.SL_COUNTED], 3600, since),
                                  h.rolling_ratio([A], H.SL_MET, [H.SL_COUNTED], 3600)[-tail:])
    for preload in (0.0, 3600.0):
        np.testing.assert_array_equal(h.rate_per_hour([A], H.ARRIVALS, 900, preload, since),
                                      h.rate_per_hour([A], H.ARRIVALS, 900, preload)[-tail:])
