"""A read-only table model over rows of plain values, updated in place to keep selection and scroll."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class RowsTableModel(QAbstractTableModel):
    """Rows are tuples of raw values; ``formatters`` turn a raw value into display text per column.

    Raw values are returned for ``Qt.UserRole`` so views can sort numerically.
    """

    def __init__(self, headers: Sequence[str], formatters: Sequence[Callable[[Any], str] | None] | None = None,
                 tooltips: Sequence[str] | None = None) -> None:
        super().__init__()
        self._headers = list(headers)
        self._tooltips = list(tooltips or [""] * len(headers))
        self._fmt = list(formatters or [None] * len(headers))
        self._rows: list[tuple[Any, ...]] = []

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            fmt = self._fmt[index.column()]
            return fmt(value) if fmt else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[section] or None
        return None

    def set_headers(self, headers: Sequence[str], tooltips: Sequence[str] | None = None) -> None:
        """Replace the header texts (e.g. after a language change)."""
        self._headers = list(headers)
        self._tooltips = list(tooltips or [""] * len(headers))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the rows; same row count means an in-place dataChanged, not a reset."""
        rows = list(rows)
        if len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._headers) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def row(self, i: int) -> tuple[Any, ...]:
        return self._rows[i]
