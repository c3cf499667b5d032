"""Per-cell time series for the dashboard charts: 24 h at a fixed step in NumPy ring buffers.

Each sample stores, per (queue, channel, priority) cell, the levels (waiting, breached, at
risk) and cumulative counters (arrivals, handled, live contacts answered, answered within target and
abandoned, rated, rated good). Any filter's series is then a sum of columns, and any rolling rate a difference
of cumulative columns, so changing a filter redraws history without recomputing anything.
Memory: 8,640 rows x 10 fields x cells x 4 bytes (about 35 MB for all 100 cells at 10 s).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

import numpy as np

from console.core.metrics import CellKey


class H(IntEnum):
    """Fields of a history sample, per cell."""

    WAITING = 0
    BREACHED = 1
    AT_RISK = 2
    ARRIVALS = 3  # cumulative from here on
    HANDLED = 4
    SL_COUNTED = 5  # contacts the service level counts (console.core.metrics.service_level)
    SL_MET = 6  # ... whose first answer met its target
    RATED = 7
    RATED_GOOD = 8


N_FIELDS = len(H)


class History:
    """Samples keyed by time step; the newest row is updated in place until its step ends."""

    def __init__(self, step_s: float = 10.0, span_s: float = 86_400.0) -> None:
        self.step_s = step_s
        self.capacity = int(span_s // step_s)
        self.columns: dict[CellKey, int] = {}
        self._t = np.zeros(self.capacity)
        self._v = np.zeros((self.capacity, 0), dtype=np.float32)
        self._start = 0
        self._size = 0
        self._last_slot: int | None = None

    def __len__(self) -> int:
        return self._size

    def _column(self, key: CellKey) -> int:
        col = self.columns.get(key)
        if col is None:
            col = self.columns[key] = len(self.columns)
            grown = np.zeros((self.capacity, len(self.columns) * N_FIELDS), dtype=np.float32)
            grown[:, : self._v.shape[1]] = self._v
            self._v = grown
        return col

    def sample(self, t: float, cells: Mapping[CellKey, Sequence[float]]) -> None:
        """Record ``cells``' values at time ``t`` (same step as the last sample: overwrite it)."""
        cols = [(self._column(k), v) for k, v in cells.items()]
        slot = int(t // self.step_s)
        if slot != self._last_slot:
            self._last_slot = slot
            end = (self._start + self._size) % self.capacity
            if self._size < self.capacity:
                self._size += 1
            else:
                self._start = (self._start + 1) % self.capacity
            row = end
            self._v[row] = 0
        else:
            row = (self._start + self._size - 1) % self.capacity
        self._t[row] = t
        for col, values in cols:
            self._v[row, col * N_FIELDS: (col + 1) * N_FIELDS] = values

    def seed(self, times: np.ndarray, cells: Mapping[CellKey, np.ndarray], live_from: float,
             offsets: Mapping[CellKey, np.ndarray]) -> None:
        """Put the server's history before the samples taken from ``live_from`` on (the snapshot's moment).

        ``cells``: each cell's rows at ``times`` (fields as :class:`H`, running totals from the first row).
        Samples before ``live_from`` are replaced; those from it on are kept, their running totals moved by
        ``offsets`` (per cell: the server's total at ``live_from`` minus the store's then), so that the seeded
        and the live part join without counting an event twice. The newest rows are kept if both do not fit.
        """
        t_live, rows = self._rows(live_from)
        live = self._v[rows]
        keep = times < (t_live[0] if t_live.size else np.inf)
        for key in (*cells, *offsets):
            self._column(key)
        width = len(self.columns) * N_FIELDS
        live = np.pad(live, ((0, 0), (0, width - live.shape[1])))
        for key, off in offsets.items():
            col = self.columns[key] * N_FIELDS
            live[:, col + H.ARRIVALS: col + N_FIELDS] += off[H.ARRIVALS:]
        seeded = np.zeros((int(keep.sum()), width), dtype=np.float32)
        for key, values in cells.items():
            col = self.columns[key] * N_FIELDS
            seeded[:, col: col + N_FIELDS] = values[keep]
        t = np.concatenate([times[keep], t_live])[-self.capacity:]
        v = np.concatenate([seeded, live])[-self.capacity:]
        self._t[:] = 0
        self._v[:] = 0
        self._t[: t.size] = t
        self._v[: t.size] = v
        self._start, self._size = 0, t.size
        if not t_live.size:
            self._last_slot = None

    def add_late(self, key: CellKey, at: float, field: H, value: float) -> None:
        """Count an event at ``at`` that arrived after samples at or after ``at`` were taken (a page can bring a
        change stamped with the moment of the last sample): those samples' running totals get it too, so a
        row holds every event up to its time, as the server's history does."""
        col = self.columns.get(key)
        if col is None or not self._size:
            return
        i = self._size - 1
        while i >= 0:
            row = (self._start + i) % self.capacity
            if self._t[row] < at:
                break
            self._v[row, col * N_FIELDS + field] += value
            i -= 1

    def _order(self) -> np.ndarray:
        return (self._start + np.arange(self._size)) % self.capacity

    def _rows(self, since: float | None) -> tuple[np.ndarray, np.ndarray]:
        """(times, storage rows) of the samples at or after ``since``, oldest first."""
        order = self._order()
        t = self._t[order]
        first = 0 if since is None else int(np.searchsorted(t, since))
        return t[first:], order[first:]

    def times(self, since: float | None = None) -> np.ndarray:
        """Sample times at or after ``since``, oldest first."""
        return self._rows(since)[0]

    def series(self, keys: Sequence[CellKey], field: H, since: float | None = None) -> np.ndarray:
        """The sum of ``field`` over the cells ``keys`` for the samples at or after ``since``, oldest first.

        Only the rows and columns asked for are read (zeros where a cell was unknown).
        """
        t, rows = self._rows(since)
        cols = [self.columns[k] * N_FIELDS + field for k in keys if k in self.columns]
        if not cols:
            return np.zeros(t.size)
        return self._v[np.ix_(rows, np.array(cols, dtype=np.intp))].sum(axis=1, dtype=np.float64)

    def _windowed(self, since: float | None, window_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """For rolling values from ``since`` on: the times from one window earlier, each sample's index
        one window back, whether the history was younger than the window there, and where ``since`` starts."""
        t = self.times(None if since is None else since - window_s)
        origin = self._t[self._start] if self._size else 0.0
        back = np.searchsorted(t, t - window_s, side="left")
        first = 0 if since is None else int(np.searchsorted(t, since))
        return t, back, (t - window_s) < origin, first

    def sums_at(self, keys: Sequence[CellKey], t: float) -> np.ndarray | None:
        """Every field summed over ``keys`` in the first sample at or after ``t`` (None: before the history).

        One row: cheap enough for a value that is read on every repaint.
        """
        times = self.times()
        if not times.size or t < times[0]:
            return None
        i = min(int(np.searchsorted(times, t)), self._size - 1)
        row = self._v[(self._start + i) % self.capacity]
        cols = [self.columns[k] for k in keys if k in self.columns]
        if not cols:
            return np.zeros(N_FIELDS)
        return row.reshape(-1, N_FIELDS)[cols].sum(axis=0, dtype=np.float64)

    def rolling_ratio(self, keys: Sequence[CellKey], num: H, den: Sequence[H], window_s: float,
                      since: float | None = None) -> np.ndarray:
        """For each sample from ``since`` on, Δnum / Σ Δden over the preceding ``window_s`` (NaN: nothing happened).

        While the history is younger than the window, the running totals themselves are used: they
        start with the window's events that came with the snapshot, so the chart agrees with the tile.
        """
        t, back, young, first = self._windowed(since, window_s)
        start = None if since is None else since - window_s
        n = self.series(keys, num, start)
        d = sum((self.series(keys, f, start) for f in den), np.zeros(t.size))
        dn, dd = n - np.where(young, 0, n[back]), d - np.where(young, 0, d[back])
        with np.errstate(invalid="ignore", divide="ignore"):
            # A resync restarts the running totals: a negative difference is no data, not a rate.
            return np.where((dd > 0) & (dn >= 0), dn / dd, np.nan)[first:]

    def rate_per_hour(self, keys: Sequence[CellKey], field: H, window_s: float = 900.0,
                      preload_s: float = 0.0, since: float | None = None) -> np.ndarray:
        """Events per hour over the preceding ``window_s``, from a cumulative field, for samples from ``since`` on.

        ``preload_s``: how far back the running totals reached when the history began (the snapshot
        brings the last hour's events). While the history is younger than the window, the rate is
        taken over everything known: the totals over (history age + preload_s). Without a preload,
        young samples are NaN: a rate over a few seconds is noise.
        """
        t, back, young, first = self._windowed(since, window_s)
        c = self.series(keys, field, None if since is None else since - window_s)
        origin = self._t[self._start] if self._size else 0.0
        span = np.where(young, t - origin + preload_s, t - t[back])
        dc = np.where(young, c if preload_s else np.nan, c - c[back])
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where((span > 0) & (dc >= 0), dc / span * 3600.0, np.nan)[first:]
