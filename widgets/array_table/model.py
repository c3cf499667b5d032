"""The model of a ticket table that stays fast with 100,000 rows: columns of NumPy arrays, vectorised sort and filter.

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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from widgets import theme as themes
from widgets.array_table.rows import KINDS, Kind, RowStore, default_countdown, default_number

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERDUE_COLOUR = themes.LIGHT.bad_text  # in the light theme; the model follows the theme in use
AT_RISK_COLOUR = themes.LIGHT.warn_text
_MAX_REMOVE_RUNS = 32  # more separate runs of removed rows than this: one layout change instead
# PySide binds a model's layout signals to their no-argument overload; this picks the one with a hint.
# The overload of layoutAboutToBeChanged/layoutChanged that carries the hint (PySide6's default takes no
# arguments). PySide6's stubs lack SignalInstance.__getitem__, which picks an overload at run time: hence the
# `type: ignore[index]` where it is used.
_WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


@dataclass
class Column:
    """One column: ``key`` into the data arrays, the (already translated) header and how to show values.

    ``kind``: ``"text"`` (a str array), ``"number"`` (float64, NaN = empty), ``"elapsed"`` (a start time in epoch
    seconds, shown and sorted as ``now - start``, ticking like a countdown) or ``"countdown"`` (due time in
    epoch seconds, NaN = none, shown as ``due - now``). ``formatter`` gets the str, the float or the seconds
    left and returns the display text; it is not called for empty numbers. ``align`` defaults to left for
    text and right for numbers. ``tip`` gives more of a cell's tooltip from its row's id, shown below the
    cell's text (asked on hover).
    """

    key: str
    header: str
    kind: Kind = "text"
    formatter: Callable[[Any], str] | None = None
    tooltip: str = ""
    align: Qt.AlignmentFlag | None = None
    tip: Callable[[int], str] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.key!r}: kind must be one of {KINDS}, not {self.kind!r}")
        if self.align is None:
            self.align = _LEFT if self.kind == "text" else _RIGHT


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
        self._countdowns = [i for i, c in enumerate(self._columns) if c.kind in ("countdown", "elapsed")]  # they tick
        self._store = RowStore({c.key: c.kind for c in self._columns})
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
        self._overdue = self._at_risk = QBrush()
        self._set_colours(themes.current())
        themes.notifier.changed.connect(self._set_colours)
        self._bold = QFont()
        self._bold.setBold(True)

    def _set_colours(self, theme: themes.Theme) -> None:
        """Countdown colours of ``theme`` (breached, at risk); the views repaint with the new palette."""
        self._overdue = QBrush(QColor(theme.bad_text))
        self._at_risk = QBrush(QColor(theme.warn_text))

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
        if role == Qt.ItemDataRole.ToolTipRole:
            more = col.tip(int(self._store.ids[pos])) if col.tip is not None else ""
            # the full text where a narrow column elides it
            return "\n".join(t for t in (self._display(col, pos), more) if t) or None
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

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip or col.header or None  # the header in full where a narrow column elides it
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
        store = RowStore({c.key: c.kind for c in self._columns})
        store.load(ids, store.check(len(ids), arrays))
        old_ids = self._store.ids
        self._store = store
        self._visible = self._filtered()
        self._relayout(
            self._sorted(self._visible),
            QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint,
            remap=lambda pos: store.lookup(old_ids[pos].tolist()),
        )

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
        if col.kind in ("countdown", "elapsed"):
            left = self._seconds_left(pos, col.key)
            if left is None:
                return ""
            return (col.formatter or default_countdown)(left if col.kind == "countdown" else -left)
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
            if col.kind == "elapsed":  # the later the start, the shorter the time since
                descending = not descending
            perm = np.argsort(-keys if descending else keys, kind="stable")  # NaN sorts last either way
        return pos[perm]

    def _rebuild_inv(self) -> None:
        inv = np.full(self._store.capacity, -1, dtype=np.intp)
        inv[self._order] = np.arange(len(self._order), dtype=np.intp)
        self._inv = inv

    def _relayout(
        self,
        order: np.ndarray,
        hint: QAbstractItemModel.LayoutChangeHint,
        remap: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> None:
        """Show ``order``; persistent indexes follow their rows (``remap``: old to new store positions)."""
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)  # type: ignore[index]
        persistent = self.persistentIndexList()
        old_pos = self._order[[p.row() for p in persistent]] if persistent else None
        self._order = order
        self._rebuild_inv()
        if persistent and old_pos is not None:
            new_pos = remap(old_pos) if remap is not None else old_pos
            rows = np.append(self._inv, -1)[new_pos].tolist()  # -1 (gone) reads the appended -1, also when empty
            self.changePersistentIndexList(
                persistent,
                [
                    self.createIndex(r, p.column()) if r >= 0 else QModelIndex()
                    for p, r in zip(persistent, rows, strict=True)
                ],
            )
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
            self.dataChanged.emit(self.index(int(rows.min()), 0), self.index(int(rows.max()), len(self._columns) - 1))

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
