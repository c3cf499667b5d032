"""Scorecard editor (supervisors): categories, scales, weights and criticality. Saving adds a version;
reviews keep the version they were scored with."""

from __future__ import annotations

import re

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client import models as m
from console.qt.errors import explain
from console.qt.tasks import TaskRunner
from widgets.retranslatable import Retranslatable

_ID_RE = re.compile(r"^[a-z0-9_-]{1,64}$")
NEW = "__new__"


class ScorecardEditor(Retranslatable, QWidget):
    """Edit the newest version of a scorecard, or start a new one."""

    def __init__(self, tasks: TaskRunner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.cards: list[m.Scorecard] = []
        self.user: m.User | None = None
        self.card_box = QComboBox()
        self.card_box.currentIndexChanged.connect(lambda _: self._show_card())
        self.card_id = QLineEdit()
        self.card_id.setMinimumWidth(240)
        self.card_name = QLineEdit()
        self.version_label = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self._add_row(m.Category(id="", name="", weight=1, scale=3)))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.card_box, 1)
        head.addWidget(self.card_id)
        head.addWidget(self.card_name, 1)
        head.addWidget(self.version_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Category"), self.tr("Weight"),
                                              self.tr("Scale"), self.tr("Critical")])
        self.card_id.setPlaceholderText(self.tr("scorecard id (a-z, 0-9, - or _)"))
        self.card_name.setPlaceholderText(self.tr("Scorecard name"))
        self.add_button.setText(self.tr("Add category"))
        self.remove_button.setText(self.tr("Remove category"))
        self.save_button.setText(self.tr("Save as new version"))
        self._fill_cards()

    def reload(self) -> None:
        if self.tasks is not None:
            self.tasks.submit(lambda b: (b.whoami(), b.scorecards()), on_done=self._loaded,
                              on_error=lambda e: self.message.setText(explain(e)), owner=self)

    def _loaded(self, result: tuple[m.User, list[m.Scorecard]]) -> None:
        self.user, self.cards = result
        editable = self.user.role == "supervisor"
        for w in (self.add_button, self.remove_button, self.save_button):
            w.setVisible(editable)
        self.table.setEnabled(editable)
        self.card_name.setReadOnly(not editable)
        if not editable:
            self.message.setText(self.tr("Only supervisors edit scorecards; you can read them here."))
        self._fill_cards()
        self.card_box.setCurrentIndex(0)  # the first scorecard, not "New scorecard…"

    def _fill_cards(self) -> None:
        keep = self.card_box.blockSignals(True)
        chosen = self.card_box.currentData()
        self.card_box.clear()
        for c in self.cards:
            self.card_box.addItem(f"{c.name} ({c.id})", c.id)
        self.card_box.addItem(self.tr("New scorecard…"), NEW)
        self.card_box.setCurrentIndex(max(self.card_box.findData(chosen), 0))
        self.card_box.blockSignals(keep)
        self._show_card()

    def _card(self) -> m.Scorecard | None:
        """The scorecard being edited (None for a new one)."""
        return next((c for c in self.cards if c.id == self.card_box.currentData()), None)

    def _show_card(self) -> None:
        card = self._card()
        self.table.setRowCount(0)
        self.card_id.setReadOnly(card is not None)
        self.card_id.setText(card.id if card else "")
        self.card_name.setText(card.name if card else "")
        self.version_label.setText(self.tr("version %1").replace("%1", str(card.version)) if card else "")
        for c in card.categories if card else []:
            self._add_row(c)

    def _add_row(self, c: m.Category) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(c.id))
        self.table.setItem(row, 1, QTableWidgetItem(c.name))
        weight = QDoubleSpinBox()
        weight.setRange(0.1, 100)
        weight.setDecimals(1)
        weight.setValue(c.weight)
        self.table.setCellWidget(row, 2, weight)
        scale = QComboBox()
        for points in (2, 3, 4, 5):
            scale.addItem(self.tr("Yes/No") if points == 2 else self.tr("%1 points").replace("%1", str(points)),
                          points)
        scale.setCurrentIndex(c.scale - 2)
        self.table.setCellWidget(row, 3, scale)
        critical = QCheckBox()
        critical.setChecked(c.critical)
        self.table.setCellWidget(row, 4, critical)

    def _cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def categories(self) -> list[m.Category]:
        """The table as categories (ValueError naming the problem); a category keeps its names in other languages
        while its name is unchanged."""
        card = self._card()
        before = {c.id: c for c in card.categories} if card else {}
        out = []
        for row in range(self.table.rowCount()):
            cid, name = (self._cell_text(row, 0), self._cell_text(row, 1))
            if not _ID_RE.match(cid):
                raise ValueError(self.tr("Row %1: the id must be 1-64 of a-z, 0-9, - or _").replace(
                    "%1", str(row + 1)))
            if not name:
                raise ValueError(self.tr("Row %1: the category needs a name").replace("%1", str(row + 1)))
            old = before.get(cid)
            out.append(m.Category(id=cid, name=name, names=old.names if old and old.name == name else {},
                                  weight=self.table.cellWidget(row, 2).value(),  # type: ignore[attr-defined]
                                  scale=self.table.cellWidget(row, 3).currentData(),  # type: ignore[attr-defined]
                                  critical=self.table.cellWidget(row, 4).isChecked()))  # type: ignore[attr-defined]
        if not out:
            raise ValueError(self.tr("A scorecard needs at least one category"))
        if len({c.id for c in out}) != len(out):
            raise ValueError(self.tr("Category ids must be different"))
        return out

    def save(self) -> None:
        new = self.card_box.currentData() == NEW
        try:
            card, name = self._card(), self.card_name.text().strip()
            body = m.ScorecardInput(id=self.card_id.text().strip(), name=name,
                                    names=card.names if card and card.name == name else {},
                                    categories=self.categories())
            if not _ID_RE.match(body.id) or not body.name:
                raise ValueError(self.tr("The scorecard needs an id (a-z, 0-9, - or _) and a name"))
            msgspec.json.decode(msgspec.json.encode(body), type=m.ScorecardInput)  # the contract's own checks
        except (ValueError, msgspec.ValidationError) as exc:
            self.message.setText(str(exc))
            return
        if self.tasks is None:
            return

        def done(card: m.Scorecard) -> None:
            self.message.setText(self.tr("Saved %1 version %2; earlier reviews keep their version.")
                                 .replace("%1", card.name).replace("%2", str(card.version)))
            self.cards = [c for c in self.cards if c.id != card.id] + [card]
            self._fill_cards()
            self.card_box.setCurrentIndex(self.card_box.findData(card.id))

        self.tasks.submit(lambda b: b.save_scorecard(body, new=new), on_done=done,
                          on_error=lambda e: self.message.setText(self.tr("Not saved: %1").replace("%1", explain(e))),
                          owner=self)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
