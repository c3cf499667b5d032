"""A fixed-size time series buffer on NumPy: O(1) appends, reads in time order without copying.

Rows live in arrays with spare room at the end. When the room runs out, the newest rows move to the front of
*fresh* arrays (amortised O(1) per append), so memory a :meth:`RingBuffer.view` has handed out is never written
again: a view stays valid, and unchanged, after later appends.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class RingBuffer:
    """The newest ``capacity`` rows of (t, v1..vn); older rows are dropped. Values are stored per column."""

    def __init__(self, capacity: int, columns: int) -> None:
        if capacity < 1 or columns < 1:
            raise ValueError("capacity and columns must be >= 1")
        self._capacity = capacity
        self._room = capacity + max(capacity // 4, 16)
        self._t = np.empty(self._room)
        self._v = np.empty((columns, self._room))
        self._start = 0
        self._size = 0

    @property
    def capacity(self) -> int:
        return self._capacity

    @property
    def columns(self) -> int:
        return self._v.shape[0]

    def __len__(self) -> int:
        return self._size

    def append(self, t: float, values: np.ndarray | Sequence[float]) -> None:
        """Add one row; drops the oldest when full."""
        if self._start + self._size == self._room:
            self._compact(self._capacity - 1)
        end = self._start + self._size
        self._t[end] = t
        self._v[:, end] = values
        if self._size < self._capacity:
            self._size += 1
        else:
            self._start += 1

    def extend(self, t: np.ndarray | Sequence[float], values: np.ndarray | Sequence[Sequence[float]]) -> None:
        """Add rows: ``t`` of length n and ``values`` of shape (n, columns). Keeps the newest ``capacity`` rows."""
        times = np.asarray(t, dtype=float).reshape(-1)
        rows = np.asarray(values, dtype=float).reshape(times.size, self.columns)
        if times.size > self._capacity:
            times, rows = times[-self._capacity:], rows[-self._capacity:]
        n = times.size
        if self._start + self._size + n > self._room:
            self._compact(min(self._size, self._capacity - n))
        end = self._start + self._size
        self._t[end:end + n] = times
        self._v[:, end:end + n] = rows.T
        self._size += n
        if self._size > self._capacity:
            self._start += self._size - self._capacity
            self._size = self._capacity

    def replace(self, t: np.ndarray | Sequence[float], values: np.ndarray | Sequence[Sequence[float]]) -> None:
        """Drop everything and hold these rows instead (see :meth:`extend`)."""
        self.clear()
        self.extend(t, values)

    def view(self) -> tuple[np.ndarray, np.ndarray]:
        """(times, values) in time order as read-only views, no copy: values has shape (columns, len)."""
        end = self._start + self._size
        t = self._t[self._start:end]
        v = self._v[:, self._start:end]
        t.flags.writeable = False
        v.flags.writeable = False
        return t, v

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(times, values) in time order, as fresh arrays: values has shape (len, columns)."""
        t, v = self.view()
        return t.copy(), v.T.copy()

    def clear(self) -> None:
        # Start after the current rows rather than at 0: memory handed out by view() is never overwritten.
        self._start += self._size
        self._size = 0

    def _compact(self, keep: int) -> None:
        """Move the newest ``keep`` rows to the front of fresh arrays."""
        keep = max(0, min(keep, self._size))
        src = self._start + self._size - keep
        t = np.empty(self._room)
        v = np.empty((self.columns, self._room))
        t[:keep] = self._t[src:src + keep]
        v[:, :keep] = self._v[:, src:src + keep]
        self._t, self._v, self._start, self._size = t, v, 0, keep
