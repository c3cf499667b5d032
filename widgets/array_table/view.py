"""A ticket table widget: a filter box, a view over an :class:`ArrayTableModel` and an "n of m" count."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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

from widgets.array_table.model import ArrayTableModel, Column
from widgets.array_table.rows import default_countdown
from widgets.retranslatable import Retranslatable

TEXT_FLOOR_EM = 6  # a text column short of width keeps this many "M" widths
FLOOR_EM = 4  # and any column this many


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

    def __init__(
        self,
        columns: Sequence[Column],
        now_fn: Callable[[], float] = time.time,
        parent: QWidget | None = None,
        stretch_key: str | None = None,
    ) -> None:
        """``stretch_key``: the column that takes up the spare width (default: the first text column)."""
        super().__init__(parent)
        self._now_fn = now_fn
        self._sized = False
        self._natural: list[int] = []  # each column's width for its contents (see _size_columns)
        self.model = ArrayTableModel(columns, self)
        texts = [c.key for c in columns if c.kind == "text"]
        self._stretch = (
            self.model.column_of(stretch_key) if stretch_key else (self.model.column_of(texts[0]) if texts else -1)
        )

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

        for signal in (
            self.model.layoutChanged,
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
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
            self._fit_columns()
        elif (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
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
        """Measure each column's natural width from a sample of its contents (long texts capped, countdowns with
        room for a day overdue); :meth:`_fit_columns` fits them to the view."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        self._natural = []
        for c, col in enumerate(self.model.columns):
            self.view.resizeColumnToContents(c)
            width = header.sectionSize(c)
            if col.kind == "text":
                width = min(width, max(em * 24, 160))
            elif col.kind == "countdown":  # bold when late
                widest = (col.formatter or default_countdown)(-(23 * 3600 + 59 * 60))
                width = max(width, metrics.horizontalAdvance(widest) + 2 * em)
            self._natural.append(width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column on screen without scrolling sideways: spare width goes to the stretch column; short of
        width, the text columns give it up first (down to :data:`TEXT_FLOOR_EM`), then all columns (down to
        :data:`FLOOR_EM`), each in proportion to what it can give. Cut text ends in "…", in full in its tooltip.
        Only below the floors does the table scroll."""
        if not self._sized:
            return
        header = self.view.horizontalHeader()
        em = self.view.fontMetrics().horizontalAdvance("M")
        shown = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        widths = {c: self._natural[c] for c in shown}
        short = sum(widths.values()) - self.view.viewport().width()
        if short <= 0 and self._stretch in widths:
            widths[self._stretch] -= short
        texts = [c for c in shown if self.model.columns[c].kind == "text"]
        for group, floor in ((texts, TEXT_FLOOR_EM * em), (shown, FLOOR_EM * em)):
            if short <= 0:
                break
            can = {c: max(0, widths[c] - floor) for c in group}
            total = sum(can.values())
            give = min(short, total)
            for c in group:
                if total:
                    widths[c] -= math.ceil(can[c] * give / total)
            short -= give
        for c, width in widths.items():
            header.resizeSection(c, width)

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
        self.count_label.setText(
            text.replace("%1", locale.toString(self.model.rowCount())).replace(
                "%2", locale.toString(self.model.total_rows)
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(self.model.row_id(index.row()))
