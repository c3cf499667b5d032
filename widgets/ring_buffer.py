"""A fixed-size time series buffer on NumPy: appends are O(1), reads are one contiguous copy."""

from __future__ import annotations

import numpy as np


class RingBuffer:
    """``capacity`` rows of (t, v1..vn); the oldest rows are overwritten when full."""

    def __init__(self, capacity: int, columns: int) -> None:
        if capacity < 1 or columns < 1:
            raise ValueError("capacity and columns must be >= 1")
        self._t = np.zeros(capacity)
        self._v = np.zeros((capacity, columns))
        self._start = 0
        self._size = 0

    @property
    def capacity(self) -> int:
        return self._t.size

    def __len__(self) -> int:
        return self._size

    def append(self, t: float, values: np.ndarray | list[float]) -> None:
        """Add one row; drops the oldest when full."""
        end = (self._start + self._size) % self.capacity
        self._t[end] = t
        self._v[end] = values
        if self._size < self.capacity:
            self._size += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(times, values) in time order, as fresh arrays."""
        idx = (self._start + np.arange(self._size)) % self.capacity
        return self._t[idx], self._v[idx]

    def clear(self) -> None:
        self._start = self._size = 0
