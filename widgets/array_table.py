"""A ticket table that stays fast with 100,000 rows: columns of NumPy arrays, vectorised sort and filter.

``QSortFilterProxyModel`` calls Python ``data()`` for every comparison (about 20 s to sort 100k rows);
:class:`ArrayTableModel` sorts with a stable ``np.argsort`` and filters with ``np.strings.find`` instead,
and tells the view with one ``layoutChanged`` (persistent indexes, hence the selection, are carried over).

Storage: one array per column in *store order* (the order rows arrived in), with spare capacity so that
appends are amortised O(appended); removed rows are tombstones until more than half the store is dead,
then it is compacted. The view order ``_order`` maps a view row to a store position and ``_inv`` maps back.
Text columns also keep a *fold*: the lower-cased UTF-8 bytes of each value (``S`` dtype). Byte order of
UTF-8 is code-point order and a byte substring is a character substring, so one fold serves both the
case-insensitive sort and the filter, and NumPy compares fixed-width bytes much faster than ``str``.

Live updates (:meth:`ArrayTableModel.update_rows`, :meth:`ArrayTableModel.remove_ids`) are lazy about
order: changed rows are rewritten in place and keep their view row, new rows that pass the filter are
appended at the bottom, and the sort and filter are re-applied only by the next :meth:`~ArrayTableModel.sort`,
:meth:`~ArrayTableModel.set_filter`, :meth:`~ArrayTableModel.set_data` or :meth:`~ArrayTableModel.refresh`.
Rows therefore never jump under the supervisor's pointer, and an update costs O(changed) Python work and
signals (plus a few vectorised passes over int index arrays on removal, well under a millisecond at 100k
rows) instead of an O(n log n) re-sort per event. :attr:`~ArrayTableModel.stale` says whether the shown
order may be out of date.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.dtypes import StringDType
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from widgets.retranslatable import Retranslatable

Index = QModelIndex | QPersistentModelIndex
Kind = Literal["text", "number", "countdown"]
_KINDS = ("text", "number", "countdown")
_NO_INDEX = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERDUE_COLOUR = "#b71c1c"
AT_RISK_COLOUR = "#8a4b00"
_MAX_REMOVE_RUNS = 32  # more separate runs of removed rows than this: one layout change instead
# PySide binds a model's layout signals to their no-argument overload; this picks the one with a hint.
# The overload of layoutAboutToBeChanged/layoutChanged that carries the hint (PySide6's default takes no
# arguments). PySide6's stubs lack SignalInstance.__getitem__, which picks an overload at run time: hence the
# `type: ignore[index]` where it is used.
_WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


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


@dataclass
class Column:
    """One column: ``key`` into the data arrays, the (already translated) header and how to show values.

    ``kind``: ``"text"`` (a str array), ``"number"`` (float64, NaN = empty) or ``"countdown"`` (due time in
    epoch seconds, NaN = none, shown as ``due - now``). ``formatter`` gets the str, the float or the seconds
    left and returns the display text; it is not called for empty numbers. ``align`` defaults to left for
    text and right for numbers.
    """

    key: str
    header: str
    kind: Kind = "text"
    formatter: Callable[[Any], str] | None = None
    tooltip: str = ""
    align: Qt.AlignmentFlag | None = None

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"column {self.key!r}: kind must be one of {_KINDS}, not {self.kind!r}")
        if self.align is None:
            self.align = _LEFT if self.kind == "text" else _RIGHT


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


class _Store:
    """Rows in arrival order with spare capacity; removed rows are tombstones until :meth:`compact`."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.kinds = {c.key: c.kind for c in columns}
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


class ArrayTableModel(QAbstractTableModel):
    """Read-only ticket rows held as NumPy arrays; sorting and filtering are vectorised.

    ``Qt.UserRole`` gives the raw value (str, float, due timestamp; ``None`` for NaN). Countdown cells are
    coloured red when overdue and amber when due within :attr:`at_risk_s` seconds, and bold when overdue.
    Empty numbers (NaN) sort last in both orders; text sorts case-insensitively; ties keep arrival order.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._keys = {c.key: i for i, c in enumerate(self._columns)}
        if len(self._keys) != len(self._columns):
            raise ValueError("column keys must be unique")
        self._text_keys = [c.key for c in self._columns if c.kind == "text"]
        self._countdowns = [i for i, c in enumerate(self._columns) if c.kind == "countdown"]
        self._store = _Store(self._columns)
        self._visible = np.empty(0, dtype=np.intp)  # store positions passing the filter, ascending
        self._order = np.empty(0, dtype=np.intp)  # view row -> store position
        self._inv = np.empty(0, dtype=np.intp)  # store position -> view row, -1 if not shown
        self._needle = b""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._now: float | None = None
        self._stale = False
        self.at_risk_s = 600.0
        """A countdown with at most this many seconds left (not yet overdue) is shown amber."""
        self._overdue = QBrush(QColor(OVERDUE_COLOUR))
        self._at_risk = QBrush(QColor(AT_RISK_COLOUR))
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._order):
            return None
        col = self._columns[index.column()]
        pos = int(self._order[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(col, pos)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.UserRole:
            return self._raw(col, pos)
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == "text":
            return self._display(col, pos) or None  # the full text where the cell elides it
        if col.kind == "countdown" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            left = self._seconds_left(pos, col.key)
            if left is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold if left < 0 else None
            if left < 0:
                return self._overdue
            return self._at_risk if left <= self.at_risk_s else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip or None
        return None  # headers keep the style's alignment: right-aligned text would run into the sort arrow

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by ``column`` (-1: arrival order); re-applies the filter if it went stale."""
        self._sort_column = column if 0 <= column < len(self._columns) else -1
        self._sort_order = order
        if self._stale:
            self._visible = self._filtered()
        self._relayout(self._sorted(self._visible), QAbstractItemModel.LayoutChangeHint.VerticalSortHint)

    # ------------------------------------------------------------------ data in
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        """The column number of ``key`` (KeyError if unknown)."""
        return self._keys[key]

    def set_headers(self, headers: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """Replace the header texts (e.g. after a language change)."""
        for i, col in enumerate(self._columns):
            col.header = headers[i]
            if tooltips is not None:
                col.tooltip = tooltips[i]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_data(self, ids: np.ndarray, arrays: Mapping[str, Any]) -> None:
        """Replace all rows. Keeps the sort and filter; selected rows stay selected by ticket id."""
        ids = np.asarray(ids, dtype=np.int64).ravel()
        store = _Store(self._columns)
        store.load(ids, store.check(len(ids), arrays))
        old_ids = self._store.ids
        self._store = store
        self._visible = self._filtered()
        self._relayout(self._sorted(self._visible), QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint,
                       remap=lambda pos: store.lookup(old_ids[pos].tolist()))

    def update_rows(self, ids: np.ndarray, arrays: Mapping[str, Any]) -> None:
        """Overwrite the given columns of known ``ids`` in place and append unknown ids (the last wins).

        Changed rows keep their place; new rows passing the filter are appended at the bottom. The sort
        and filter are not re-applied (see the module docstring): :attr:`stale` tells whether they may be.
        """
        ids = np.asarray(ids, dtype=np.int64).ravel()
        values = self._store.check(len(ids), arrays)
        if not len(ids):
            return
        _, last = np.unique(ids[::-1], return_index=True)
        if len(last) != len(ids):  # repeated ids: keep each one's last occurrence
            keep = np.sort(len(ids) - 1 - last)
            ids, values = ids[keep], {k: v[keep] for k, v in values.items()}
        pos = self._store.lookup(ids.tolist())
        known = pos >= 0
        if known.any():
            self._rewrite(pos[known], {k: v[known] for k, v in values.items()})
        if not known.all():
            fresh = ~known
            self._append(ids[fresh], {k: v[fresh] for k, v in values.items()})

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Remove the rows of ``ids``; unknown ids are ignored."""
        pos = self._store.lookup(dict.fromkeys(int(i) for i in np.asarray(ids, dtype=np.int64).ravel()))
        pos = pos[pos >= 0]
        if not len(pos):
            return
        rows = self._inv[pos]
        rows = np.sort(rows[rows >= 0])
        self._store.remove(pos)  # first, so slots of rowsRemoved see the new total (values stay until compaction)
        self._inv[pos] = -1
        if len(rows):
            breaks = np.flatnonzero(np.diff(rows) != 1) + 1
            starts, ends = rows[np.r_[0, breaks]], rows[np.r_[breaks - 1, len(rows) - 1]]
            if len(starts) <= _MAX_REMOVE_RUNS:
                for first, last in zip(starts[::-1].tolist(), ends[::-1].tolist(), strict=True):
                    self.beginRemoveRows(_NO_INDEX, first, last)
                    self._order = np.delete(self._order, slice(first, last + 1))
                    tail = self._order[first:]
                    self._inv[tail] = np.arange(first, first + len(tail))
                    self.endRemoveRows()
            else:
                keep = np.ones(len(self._order), dtype=bool)
                keep[rows] = False
                self._relayout(self._order[keep], QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)
        self._visible = self._visible[self._store.alive[self._visible]]
        dead = self._store.n - self._store.live
        if dead > 1024 and dead > self._store.live:
            self._compact()

    def set_filter(self, text: str) -> None:
        """Show only rows where some text column contains ``text`` (case-insensitive, trimmed)."""
        needle = text.strip().lower().encode()
        if needle == self._needle and not self._stale:
            return
        self._needle = needle
        self._visible = self._filtered()
        self._relayout(self._sorted(self._visible), QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)

    def refresh(self) -> None:
        """Re-apply the filter and the sort to the current values (after live updates)."""
        self._visible = self._filtered()
        self._relayout(self._sorted(self._visible), QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)

    def set_now(self, now: float, rows: tuple[int, int] | None = None) -> None:
        """Countdowns show ``due - now``; emits dataChanged for the countdown cells of ``rows`` (default: all).

        A view passes its visible rows: other rows are read afresh when they are scrolled into view.
        """
        self._now = float(now)
        count = len(self._order)
        first, last = rows if rows is not None else (0, count - 1)
        first, last = max(first, 0), min(last, count - 1)
        if first > last:
            return
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole]
        for c in self._countdowns:
            self.dataChanged.emit(self.index(first, c), self.index(last, c), roles)

    # ------------------------------------------------------------------ reading
    @property
    def total_rows(self) -> int:
        """All rows, whether or not they pass the filter."""
        return self._store.live

    @property
    def filter_text(self) -> str:
        """The filter in effect, trimmed and lower-cased."""
        return self._needle.decode()

    @property
    def stale(self) -> bool:
        """True when live updates may have left rows out of sort or filter order (see :meth:`refresh`)."""
        return self._stale

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def row_id(self, row: int) -> int:
        """The ticket id shown in view row ``row``."""
        return int(self._store.ids[self._order[row]])

    def row_of(self, ticket_id: int) -> int:
        """The view row of ``ticket_id``, or -1 if unknown or filtered out."""
        pos = self._store.pos.get(int(ticket_id), -1)
        return -1 if pos < 0 else int(self._inv[pos])

    def value(self, row: int, key: str) -> Any:
        """The raw value of column ``key`` in view row ``row`` (``None`` for NaN)."""
        return self._raw(self._columns[self._keys[key]], int(self._order[row]))

    # ------------------------------------------------------------------ internals
    def _raw(self, col: Column, pos: int) -> Any:
        value = self._store.values[col.key][pos]
        if col.kind == "text":
            return str(value)
        value = float(value)
        return None if math.isnan(value) else value

    def _display(self, col: Column, pos: int) -> str:
        value = self._store.values[col.key][pos]
        if col.kind == "text":
            return col.formatter(value) if col.formatter else str(value)
        if col.kind == "countdown":
            left = self._seconds_left(pos, col.key)
            if left is None:
                return ""
            return (col.formatter or default_countdown)(left)
        value = float(value)
        if math.isnan(value):
            return ""
        return (col.formatter or default_number)(value)

    def _seconds_left(self, pos: int, key: str) -> float | None:
        if self._now is None:
            return None
        due = float(self._store.values[key][pos])
        return None if math.isnan(due) else due - self._now

    def _matches(self, pos: np.ndarray) -> np.ndarray:
        """Which store positions pass the filter (dead rows included: callers mask them)."""
        if not self._needle:
            return np.ones(len(pos), dtype=bool)
        hit = np.zeros(len(pos), dtype=bool)
        for key in self._text_keys:
            hit |= np.strings.find(self._store.folds[key][pos], self._needle) >= 0
        return hit

    def _filtered(self) -> np.ndarray:
        """Live store positions passing the filter, ascending."""
        n = self._store.n
        mask = self._store.alive[:n].copy()
        if self._needle:
            hit = np.zeros(n, dtype=bool)
            for key in self._text_keys:
                hit |= np.strings.find(self._store.folds[key][:n], self._needle) >= 0
            mask &= hit
        self._stale = False
        return np.flatnonzero(mask)

    def _sorted(self, pos: np.ndarray) -> np.ndarray:
        """``pos`` (ascending) ordered by the sort column; stable, so ties keep arrival order."""
        if self._sort_column < 0 or len(pos) < 2:
            return pos
        col = self._columns[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if col.kind == "text":
            keys = self._store.folds[col.key][pos]
            if descending:  # stable descending: sort the reversed keys, then reverse back
                perm = (len(keys) - 1 - np.argsort(keys[::-1], kind="stable"))[::-1]
            else:
                perm = np.argsort(keys, kind="stable")
        else:
            keys = self._store.values[col.key][pos]
            perm = np.argsort(-keys if descending else keys, kind="stable")  # NaN sorts last either way
        return pos[perm]

    def _rebuild_inv(self) -> None:
        inv = np.full(self._store.capacity, -1, dtype=np.intp)
        inv[self._order] = np.arange(len(self._order), dtype=np.intp)
        self._inv = inv

    def _relayout(self, order: np.ndarray, hint: QAbstractItemModel.LayoutChangeHint,
                  remap: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        """Show ``order``; persistent indexes follow their rows (``remap``: old to new store positions)."""
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)  # type: ignore[index]
        persistent = self.persistentIndexList()
        old_pos = self._order[[p.row() for p in persistent]] if persistent else None
        self._order = order
        self._rebuild_inv()
        if persistent and old_pos is not None:
            new_pos = remap(old_pos) if remap is not None else old_pos
            rows = np.where(new_pos >= 0, self._inv[np.maximum(new_pos, 0)], -1).tolist()
            self.changePersistentIndexList(
                persistent, [self.createIndex(r, p.column()) if r >= 0 else QModelIndex()
                             for p, r in zip(persistent, rows, strict=True)])
        self.layoutChanged[_WITH_HINT].emit([], hint)  # type: ignore[index]

    def _rewrite(self, pos: np.ndarray, values: Mapping[str, np.ndarray]) -> None:
        self._store.assign(pos, values)
        if self._sort_column >= 0 and self._columns[self._sort_column].key in values:
            self._stale = True
        if self._needle and any(k in values for k in self._text_keys):
            self._stale = True
        rows = self._inv[pos]
        rows = rows[rows >= 0]
        if len(rows):
            self.dataChanged.emit(self.index(int(rows.min()), 0),
                                  self.index(int(rows.max()), len(self._columns) - 1))

    def _append(self, ids: np.ndarray, values: Mapping[str, np.ndarray]) -> None:
        pos = self._store.append(ids, values)
        if len(self._inv) < self._store.capacity:
            grown = np.full(self._store.capacity, -1, dtype=np.intp)
            grown[: len(self._inv)] = self._inv
            self._inv = grown
        shown = pos[self._matches(pos)]
        self._visible = np.concatenate([self._visible, shown])  # new positions are the largest: still ascending
        if not len(shown):
            return
        first = len(self._order)
        self.beginInsertRows(_NO_INDEX, first, first + len(shown) - 1)
        self._order = np.concatenate([self._order, shown])
        self._inv[shown] = np.arange(first, first + len(shown))
        self.endInsertRows()
        if self._sort_column >= 0:
            self._stale = True

    def _compact(self) -> None:
        mapping = self._store.compact()
        self._order = mapping[self._order]
        self._visible = mapping[self._visible]
        self._rebuild_inv()


class TicketTable(Retranslatable, QWidget):
    """A filter box, a :class:`QTableView` over an :class:`ArrayTableModel` and an "n of m tickets" count.

    Typing filters after a short pause (Enter applies at once); a timer refreshes the countdowns every
    second from ``now_fn`` (``clock``, a QTimer the owner may stop while the table is off screen).
    Double-click or Enter on a row emits :attr:`row_activated` with its ticket id.
    """

    row_activated = Signal("qlonglong")  # type: ignore[arg-type]  # PySide6 takes C++ type names; its stubs do not
    """Emitted with the ticket id (an int) of the row the user double-clicked or pressed Enter on."""

    FILTER_DELAY_MS = 150
    CLOCK_MS = 1000

    def __init__(self, columns: Sequence[Column], now_fn: Callable[[], float] = time.time,
                 parent: QWidget | None = None, stretch_key: str | None = None) -> None:
        """``stretch_key``: the column that takes up the spare width (default: the first text column)."""
        super().__init__(parent)
        self._now_fn = now_fn
        self._sized = False
        self._stretch_min = 0
        self.model = ArrayTableModel(columns, self)
        texts = [c.key for c in columns if c.kind == "text"]
        self._stretch = self.model.column_of(stretch_key) if stretch_key else (
            self.model.column_of(texts[0]) if texts else -1)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("TicketFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("TicketCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = QTableView()
        self.view.setObjectName("TicketTableView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.hide()
        # QTableView's "uniform row heights": every row one fixed height, never measured from the data.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        if self._stretch < 0:
            header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # size columns from a sample, not all 100k rows
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # arrival order until the user sorts
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.filter_edit)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        self.filter_edit.installEventFilter(self)

        for signal in (self.model.layoutChanged, self.model.modelReset, self.model.rowsInserted,
                       self.model.rowsRemoved):
            signal.connect(self._update_count)
        self.clock = QTimer(self)
        self.clock.setInterval(self.CLOCK_MS)
        self.clock.timeout.connect(self.tick)
        self.clock.start()
        self.retranslate()
        self.tick()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter tickets…"))
        self.filter_edit.setAccessibleName(self.tr("Filter tickets"))
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down arrow in the filter box moves to the table; the stretch column follows the view's width."""
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_stretch()
        elif (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.selectionModel().hasSelection() and self.model.rowCount():
                self.view.selectRow(max(self.view.currentIndex().row(), 0))
            return True
        return super().eventFilter(watched, event)

    def set_data(self, ids: np.ndarray, arrays: Mapping[str, Any]) -> None:
        """Replace all rows (see :meth:`ArrayTableModel.set_data`); sizes the columns the first time."""
        self.model.set_data(ids, arrays)
        if not self._sized and self.model.rowCount():
            self._sized = True
            self._size_columns()
        self.tick()

    def _size_columns(self) -> None:
        """Fit columns to a sample of their contents (long texts capped); the stretch column takes the rest."""
        header = self.view.horizontalHeader()
        em = self.view.fontMetrics().horizontalAdvance("M")
        for c in range(self.model.columnCount()):
            self.view.resizeColumnToContents(c)
            col = self.model.columns[c]
            if col.kind == "text":
                header.resizeSection(c, min(header.sectionSize(c), max(em * 24, 160)))
            elif col.kind == "countdown":  # room for a day overdue, whatever the first rows showed (bold when late)
                widest = (col.formatter or default_countdown)(-(23 * 3600 + 59 * 60))
                header.resizeSection(c, max(header.sectionSize(c), self.view.fontMetrics().horizontalAdvance(widest)
                                            + 2 * em))
        if self._stretch >= 0:
            self._stretch_min = min(header.sectionSize(self._stretch), em * 16)
            self._fit_stretch()

    def _fit_stretch(self) -> None:
        """The stretch column fills the width the others leave, but not below its minimum (then it scrolls).

        Unlike ``QHeaderView.Stretch`` this keeps a readable minimum and lets the user resize the column.
        """
        if self._stretch < 0 or not self._sized:
            return
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                     if c != self._stretch and not header.isSectionHidden(c))
        header.resizeSection(self._stretch, max(self.view.viewport().width() - others, self._stretch_min))

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort by column ``key``, as a click on its header would (the header shows the indicator)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(self.model.column_of(key), order)

    def apply_filter(self) -> None:
        """Filter now with the box's text (normally done after a pause in typing)."""
        self._debounce.stop()
        self.model.set_filter(self.filter_edit.text())

    def selected_ids(self) -> list[int]:
        """Ticket ids of the selected rows, top to bottom."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_id(r) for r in rows]

    def tick(self) -> None:
        """Refresh the countdowns of the rows on screen (the clock timer calls this every second)."""
        top = self.view.rowAt(0)
        if top < 0:
            self.model.set_now(self._now_fn(), (0, -1))  # nothing on screen: just remember the time
            return
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        self.model.set_now(self._now_fn(), (top, bottom if bottom >= 0 else self.model.rowCount() - 1))

    def _update_count(self) -> None:
        locale = QLocale()
        text = self.tr("%1 of %2 tickets")
        self.count_label.setText(text.replace("%1", locale.toString(self.model.rowCount()))
                                 .replace("%2", locale.toString(self.model.total_rows)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(self.model.row_id(index.row()))
