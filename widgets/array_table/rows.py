"""Rows of a ticket table as one NumPy array per column, in arrival order, with spare capacity (no Qt).

Appends are amortised O(appended); removed rows are tombstones until :meth:`RowStore.compact`. Text columns
also keep a *fold*: the lower-cased UTF-8 bytes of each value (``S`` dtype). Byte order of UTF-8 is
code-point order and a byte substring is a character substring, so one fold serves both the
case-insensitive sort and the filter, and NumPy compares fixed-width bytes much faster than ``str``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import numpy as np
from numpy.dtypes import StringDType

Kind = Literal["text", "number", "countdown", "elapsed"]
KINDS = ("text", "number", "countdown", "elapsed")


def default_number(value: float) -> str:
    """Whole numbers without decimals, others with two."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def default_countdown(seconds: float) -> str:
    """``[-]H:MM:SS`` or ``[-]M:SS``; negative means overdue."""
    sign = "-" if seconds < 0 else ""
    total = math.floor(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


def _fold(values: np.ndarray) -> np.ndarray:
    """Lower-cased UTF-8 bytes of each string (``S`` dtype): the sort and filter key of a text column."""
    # A comprehension beats np.strings.lower + np.strings.encode here by 2-3x.
    return np.array([s.lower().encode() for s in values.tolist()], dtype=np.bytes_)


def _as_text(values: Any) -> np.ndarray:
    arr = np.asarray(values) if len(values) else np.asarray(values, dtype=StringDType())  # [] is float64
    if arr.dtype.kind not in "UTO":
        raise TypeError(f"text columns need str values (StringDType, <U or object), got {arr.dtype}")
    return arr.astype(StringDType())


def _empty(kind: str, size: int) -> np.ndarray:
    if kind == "text":
        return np.full(size, "", dtype=StringDType())
    return np.full(size, np.nan, dtype=np.float64)


class RowStore:
    """Rows in arrival order with spare capacity; removed rows are tombstones until :meth:`compact`."""

    def __init__(self, kinds: Mapping[str, Kind]) -> None:
        self.kinds = dict(kinds)
        self.n = 0  # used slots, live and dead
        self.live = 0
        self.ids = np.empty(0, dtype=np.int64)
        self.alive = np.empty(0, dtype=bool)
        self.values = {k: _empty(kind, 0) for k, kind in self.kinds.items()}
        self.folds = {k: np.empty(0, dtype="S1") for k, kind in self.kinds.items() if kind == "text"}
        self.pos: dict[int, int] = {}

    @property
    def capacity(self) -> int:
        return len(self.ids)

    def check(self, count: int, arrays: Mapping[str, Any]) -> dict[str, np.ndarray]:
        """The arrays converted to their column's dtype; unknown keys and wrong lengths raise ValueError."""
        unknown = set(arrays) - set(self.kinds)
        if unknown:
            raise ValueError(f"no column for {sorted(unknown)}")
        out: dict[str, np.ndarray] = {}
        for key, values in arrays.items():
            arr = _as_text(values) if self.kinds[key] == "text" else np.asarray(values, dtype=np.float64)
            if arr.shape != (count,):
                raise ValueError(f"{key!r} has shape {arr.shape}, expected ({count},)")
            out[key] = arr
        return out

    def load(self, ids: np.ndarray, arrays: Mapping[str, np.ndarray]) -> None:
        n = len(ids)
        self.pos = dict(zip(ids.tolist(), range(n), strict=True))
        if len(self.pos) != n:
            raise ValueError("ids must be unique")
        self.ids = ids.copy()
        self.alive = np.ones(n, dtype=bool)
        self.n = self.live = n
        for key, kind in self.kinds.items():
            given = arrays.get(key)
            # Text was already converted (a copy); numbers are copied because they are written in place.
            self.values[key] = _empty(kind, n) if given is None else (given if kind == "text" else given.copy())
            if kind == "text":
                self.folds[key] = _fold(self.values[key])

    def lookup(self, ids: Iterable[int]) -> np.ndarray:
        """Store positions of ``ids``, -1 where unknown."""
        get = self.pos.get
        return np.array([get(i, -1) for i in ids], dtype=np.intp)

    def _reserve(self, extra: int) -> None:
        need = self.n + extra
        if need <= self.capacity:
            return
        cap = max(need, 2 * self.capacity, 64)

        def grown(arr: np.ndarray, fill: np.ndarray) -> np.ndarray:
            fill[: self.n] = arr[: self.n]
            return fill

        self.ids = grown(self.ids, np.zeros(cap, dtype=np.int64))
        self.alive = grown(self.alive, np.zeros(cap, dtype=bool))
        for key, kind in self.kinds.items():
            self.values[key] = grown(self.values[key], _empty(kind, cap))
            if kind == "text":
                self.folds[key] = grown(self.folds[key], np.zeros(cap, dtype=self.folds[key].dtype))

    def _put_fold(self, key: str, pos: np.ndarray, values: np.ndarray) -> None:
        fold = _fold(values)
        if fold.dtype.itemsize > self.folds[key].dtype.itemsize:  # would be truncated: widen (rare)
            self.folds[key] = self.folds[key].astype(fold.dtype)
        self.folds[key][pos] = fold

    def assign(self, pos: np.ndarray, arrays: Mapping[str, np.ndarray]) -> None:
        for key, values in arrays.items():
            self.values[key][pos] = values
            if key in self.folds:
                self._put_fold(key, pos, values)

    def append(self, ids: np.ndarray, arrays: Mapping[str, np.ndarray]) -> np.ndarray:
        """Append rows for new ``ids``; missing columns are empty. Returns their store positions."""
        k = len(ids)
        self._reserve(k)
        pos = np.arange(self.n, self.n + k, dtype=np.intp)
        self.ids[pos] = ids
        self.alive[pos] = True
        for key, kind in self.kinds.items():
            values = arrays.get(key)
            if values is not None:
                self.values[key][pos] = values
            if kind == "text":
                self._put_fold(key, pos, values if values is not None else _empty("text", k))
        self.pos.update(zip(ids.tolist(), pos.tolist(), strict=True))
        self.n += k
        self.live += k
        return pos

    def remove(self, pos: np.ndarray) -> None:
        self.alive[pos] = False
        for i in self.ids[pos].tolist():
            del self.pos[i]
        self.live -= len(pos)

    def compact(self) -> np.ndarray:
        """Drop dead rows; returns old position -> new position (-1 for dead rows)."""
        keep = np.flatnonzero(self.alive[: self.n])
        mapping = np.full(self.n, -1, dtype=np.intp)
        mapping[keep] = np.arange(len(keep))
        self.ids = self.ids[keep]
        self.alive = np.ones(len(keep), dtype=bool)
        for key in self.kinds:
            self.values[key] = self.values[key][keep]
            if key in self.folds:
                self.folds[key] = self.folds[key][keep]
        self.n = self.live = len(keep)
        self.pos = dict(zip(self.ids.tolist(), range(self.n), strict=True))
        return mapping
