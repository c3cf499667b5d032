"""ArrayTableModel and TicketTable: model contract, sort/filter against plain Python, countdowns, live updates."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from widgets.array_table import (
    AT_RISK_COLOUR,
    OVERDUE_COLOUR,
    ArrayTableModel,
    Column,
    TicketTable,
    default_countdown,
)

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
NOW = 1_800_000_000.0
COLUMNS = [
    Column("subject", "Subject"),
    Column("queue", "Queue"),
    Column("priority", "Priority", "number"),
    Column("age", "Age", "number", formatter=lambda v: f"{v:.1f} min"),
    Column("due", "Due", "countdown"),
]
WORDS = ["alpha", "Alpha", "ALPHA", "beta", "Beta", "gamma", "Ärger", "ärger", "zeta", "Zeta", "", "b", "B", "éclair"]


def random_data(n: int, seed: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Mixed-case strings with many ties, numbers with NaN and ties, ids not in order."""
    rng = random.Random(seed)
    ids = np.array(rng.sample(range(1, 10 * n + 1), n), dtype=np.int64)
    subject = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2))) for _ in range(n)]
    queue = [rng.choice(["Billing", "billing", "Tech", "TECH", "Sales"]) for _ in range(n)]
    priority = [math.nan if rng.random() < 0.2 else float(rng.randint(1, 4)) for _ in range(n)]
    age = [math.nan if rng.random() < 0.1 else rng.uniform(-5, 500) for _ in range(n)]
    due = [math.nan if rng.random() < 0.2 else NOW + rng.uniform(-3600, 7200) for _ in range(n)]
    return ids, {"subject": np.array(subject, dtype=np.dtypes.StringDType()), "queue": np.array(queue),
                 "priority": np.array(priority), "age": np.array(age), "due": np.array(due)}


def shown_ids(model: ArrayTableModel) -> list[int]:
    return [model.row_id(r) for r in range(model.rowCount())]


def expected_order(ids: np.ndarray, arrays: dict[str, np.ndarray], key: str, order: Qt.SortOrder,
                   keep: list[int] | None = None) -> list[int]:
    """Python's stable ``sorted`` on the arrival order: text case-insensitive, NaN last in both orders."""
    rows = keep if keep is not None else list(range(len(ids)))
    values = arrays[key]
    if values.dtype.kind in "UT":
        return [int(ids[i]) for i in sorted(rows, key=lambda i: str(values[i]).lower(), reverse=order == DESC)]
    present = [i for i in rows if not math.isnan(values[i])]
    empty = [i for i in rows if math.isnan(values[i])]
    return [int(ids[i]) for i in sorted(present, key=lambda i: values[i], reverse=order == DESC) + empty]


def matching(arrays: dict[str, np.ndarray], needle: str) -> list[int]:
    n = len(arrays["subject"])
    return [i for i in range(n) if any(needle.lower() in str(arrays[k][i]).lower() for k in ("subject", "queue"))]


@pytest.fixture
def model() -> Iterator[ArrayTableModel]:
    m = ArrayTableModel(COLUMNS)
    yield m
    m.deleteLater()


def test_column_defaults() -> None:
    assert Column("a", "A").align & Qt.AlignmentFlag.AlignLeft
    assert Column("a", "A", "number").align & Qt.AlignmentFlag.AlignRight
    assert Column("a", "A", "countdown").align & Qt.AlignmentFlag.AlignRight
    with pytest.raises(ValueError, match="kind"):
        Column("a", "A", "date")  # type: ignore[arg-type]


def test_model_contract(qtmodeltester: Any, model: ArrayTableModel) -> None:
    ids, arrays = random_data(40, seed=1)
    model.set_data(ids, arrays)
    model.set_now(NOW)
    qtmodeltester.check(model, force_py=False)
    model.sort(0, DESC)
    model.set_filter("be")
    model.update_rows([ids[0], 999_999], {"subject": np.array(["beta new", "Beta appended"])})
    model.remove_ids(ids[5:30:3])
    qtmodeltester.check(model, force_py=False)


def test_empty_model_and_unknown_columns(model: ArrayTableModel) -> None:
    assert model.rowCount() == 0
    model.sort(2, DESC)
    model.set_filter("x")
    model.set_now(NOW)
    assert model.rowCount() == 0
    with pytest.raises(ValueError, match="no column"):
        model.set_data(np.array([1]), {"nope": np.array([1.0])})
    with pytest.raises(ValueError, match="unique"):
        model.set_data(np.array([1, 1]), {})
    with pytest.raises(ValueError, match="shape"):
        model.set_data(np.array([1, 2]), {"priority": np.array([1.0])})


@pytest.mark.parametrize("seed", [3, 4])
@pytest.mark.parametrize("key", ["subject", "queue", "priority", "age", "due"])
@pytest.mark.parametrize("order", [ASC, DESC])
def test_sort_matches_python_sorted(model: ArrayTableModel, seed: int, key: str, order: Qt.SortOrder) -> None:
    ids, arrays = random_data(300, seed)
    model.set_data(ids, arrays)
    model.sort(-1)
    assert shown_ids(model) == ids.tolist()
    model.sort(model.column_of(key), order)
    assert shown_ids(model) == expected_order(ids, arrays, key, order)
    assert (model.sort_column, model.sort_order) == (model.column_of(key), order)


def test_sort_is_kept_when_data_is_replaced(model: ArrayTableModel) -> None:
    ids, arrays = random_data(200, seed=5)
    model.sort(model.column_of("age"), DESC)
    model.set_data(ids, arrays)
    assert shown_ids(model) == expected_order(ids, arrays, "age", DESC)
    ids2, arrays2 = random_data(150, seed=6)
    model.set_data(ids2, arrays2)
    assert shown_ids(model) == expected_order(ids2, arrays2, "age", DESC)


@pytest.mark.parametrize("needle", ["alpha", "ÄRG", "bill", "b", "zzz", "  Tech "])
def test_filter_matches_substring_case_insensitively(model: ArrayTableModel, needle: str) -> None:
    ids, arrays = random_data(300, seed=7)
    model.set_data(ids, arrays)
    model.set_filter(needle)
    keep = matching(arrays, needle.strip())
    assert shown_ids(model) == [int(ids[i]) for i in keep]
    assert model.total_rows == 300
    model.sort(model.column_of("subject"), DESC)  # filter and sort combine
    assert shown_ids(model) == expected_order(ids, arrays, "subject", DESC, keep)
    model.set_filter("")
    assert shown_ids(model) == expected_order(ids, arrays, "subject", DESC)


def test_countdown_text_and_colours(model: ArrayTableModel) -> None:
    ids = np.array([1, 2, 3, 4, 5])
    due = np.array([NOW - 100, NOW + 300, NOW + 5000, np.nan, NOW + 600])
    model.set_data(ids, {"due": due, "subject": np.array(["a", "b", "c", "d", "e"])})
    c = model.column_of("due")
    cell = [model.index(r, c) for r in range(5)]
    assert [model.data(i) for i in cell] == [""] * 5  # no clock yet
    model.set_now(NOW)
    assert [model.data(i) for i in cell] == ["-1:40", "5:00", "1:23:20", "", "10:00"]
    fg = [model.data(i, Qt.ItemDataRole.ForegroundRole) for i in cell]
    assert isinstance(fg[0], QBrush)
    assert fg[0].color().name() == OVERDUE_COLOUR
    assert fg[1].color().name() == AT_RISK_COLOUR
    assert fg[2] is None
    assert fg[3] is None
    assert fg[4].color().name() == AT_RISK_COLOUR  # exactly at_risk_s left still counts
    assert model.data(cell[0], Qt.ItemDataRole.FontRole).bold()
    assert model.data(cell[1], Qt.ItemDataRole.FontRole) is None
    assert model.data(cell[0], Qt.ItemDataRole.UserRole) == NOW - 100  # raw: the due time
    assert model.data(cell[3], Qt.ItemDataRole.UserRole) is None
    assert model.data(model.index(0, model.column_of("priority"))) == ""  # empty number

    model.at_risk_s = 6000
    assert model.data(cell[2], Qt.ItemDataRole.ForegroundRole).color().name() == AT_RISK_COLOUR
    model.set_now(NOW + 400)
    assert model.data(cell[1]) == "-1:40"
    assert model.data(cell[1], Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR


def test_countdown_formatter_and_set_now_signal(qtbot: QtBot) -> None:
    cols = [Column("subject", "Subject"), Column("due", "Due", "countdown", formatter=lambda s: f"{s:+.0f}s")]
    model = ArrayTableModel(cols)
    model.set_data(np.arange(10), {"due": np.full(10, NOW + 60.0), "subject": np.array(["x"] * 10)})
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_now(NOW, rows=(2, 5))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (2, 1, 5, 1)  # that column, those rows
    assert model.data(model.index(0, 1)) == "+60s"
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_now(NOW, rows=(20, 30))  # off the end: nothing to refresh


def test_default_countdown() -> None:
    assert default_countdown(0) == "0:00"
    assert default_countdown(59.9) == "0:59"
    assert default_countdown(-61) == "-1:01"
    assert default_countdown(3600 * 25 + 5) == "25:00:05"


def test_display_user_and_tooltip_roles(model: ArrayTableModel) -> None:
    model.set_data(np.array([7]), {"subject": np.array(["Refund"]), "age": np.array([12.25]),
                                   "priority": np.array([3.0])})
    age, prio, subj = (model.index(0, model.column_of(k)) for k in ("age", "priority", "subject"))
    assert model.data(age) == "12.2 min"  # the column's formatter
    assert model.data(age, Qt.ItemDataRole.UserRole) == 12.25
    assert model.data(prio) == "3"
    assert model.data(subj, Qt.ItemDataRole.ToolTipRole) == "Refund"
    assert model.data(subj, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    assert model.data(age, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Subject"
    assert model.row_of(7) == 0
    assert model.row_of(8) == -1
    assert model.value(0, "subject") == "Refund"


def test_update_rows_in_place_and_appended(qtbot: QtBot, qtmodeltester: Any, model: ArrayTableModel) -> None:
    ids, arrays = random_data(100, seed=8)
    model.set_data(ids, arrays)
    qtmodeltester.check(model, force_py=False)
    model.sort(model.column_of("priority"), ASC)
    before = shown_ids(model)
    target = int(ids[10])
    row = model.row_of(target)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_rows([target], {"priority": np.array([99.0]), "subject": np.array(["CHANGED"])})
    assert blocker.args[0].row() == row
    assert blocker.args[1].row() == row
    assert shown_ids(model) == before  # rows keep their place until the next sort
    assert model.stale
    assert model.value(row, "subject") == "CHANGED"
    assert model.value(row, "priority") == 99.0
    assert model.value(row, "queue") == str(arrays["queue"][10])  # columns not given are untouched

    with qtbot.waitSignal(model.rowsInserted):
        model.update_rows([5_000_001, 5_000_002], {"subject": np.array(["new one", "new two"]),
                                                   "priority": np.array([1.0, np.nan])})
    assert model.rowCount() == model.total_rows == 102
    assert shown_ids(model)[-2:] == [5_000_001, 5_000_002]  # appended at the bottom
    assert model.value(101, "queue") == ""  # columns not given are empty
    assert model.value(101, "age") is None

    model.refresh()
    assert not model.stale
    priorities = [model.value(r, "priority") for r in range(model.rowCount())]
    present = [p for p in priorities if p is not None]
    assert present == sorted(present)
    assert priorities == present + [None] * (len(priorities) - len(present))  # NaN last
    assert model.row_of(target) == len(present) - 1  # priority 99: the largest


def test_update_rows_respects_filter_and_repeats(model: ArrayTableModel) -> None:
    ids, arrays = random_data(50, seed=9)
    model.set_data(ids, arrays)
    model.set_filter("xylophone")
    assert model.rowCount() == 0
    model.update_rows([1_000_001, 1_000_002, 1_000_001],
                      {"subject": np.array(["Xylophone A", "nothing", "xylophone B"])})
    assert shown_ids(model) == [1_000_001]  # the other new row does not pass; the repeated id's last value wins
    assert model.value(0, "subject") == "xylophone B"
    assert model.total_rows == 52
    model.update_rows([int(ids[0])], {"subject": np.array(["XYLOPHONE too"])})
    assert model.stale
    assert model.rowCount() == 1
    model.set_filter("xylophone")  # same text, but stale: re-applied
    assert sorted(shown_ids(model)) == sorted([1_000_001, int(ids[0])])
    # a longer string than any before must not be truncated in the fold
    long = "x" * 500 + " needle"
    model.update_rows([int(ids[1])], {"subject": np.array([long])})
    model.set_filter("needle")
    assert shown_ids(model) == [int(ids[1])]


def test_remove_ids_few_and_many(qtbot: QtBot, qtmodeltester: Any, model: ArrayTableModel) -> None:
    ids, arrays = random_data(3000, seed=10)
    model.set_data(ids, arrays)
    qtmodeltester.check(model, force_py=False)  # and keeps checking every signal below
    model.sort(model.column_of("age"), DESC)
    order = shown_ids(model)
    gone = {order[0], order[1], order[500], 424242424}  # few runs: rowsRemoved; an unknown id is ignored
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_ids(list(gone))
    assert shown_ids(model) == [i for i in order if i not in gone]
    assert model.total_rows == 2997

    many = set(order[2::2])  # ~1500 scattered rows: one layout change, then the store is compacted
    model.remove_ids(np.array(sorted(many)))
    left = [i for i in order if i not in gone and i not in many]
    assert shown_ids(model) == left
    assert model.rowCount() == model.total_rows == len(left)
    assert all(model.row_of(i) == r for r, i in enumerate(left))
    assert model.row_of(next(iter(many))) == -1
    keep = [int(np.flatnonzero(ids == i)[0]) for i in left]
    model.sort(model.column_of("subject"), ASC)  # still sorts right after compaction
    assert shown_ids(model) == expected_order(ids, arrays, "subject", ASC, sorted(keep))
    model.update_rows([left[0]], {"priority": np.array([42.0])})
    assert model.value(model.row_of(left[0]), "priority") == 42.0


def selected(view: QTableView, model: ArrayTableModel) -> set[int]:
    return {model.row_id(i.row()) for i in view.selectionModel().selectedRows()}


def test_selection_survives_sort_filter_and_reload(qtbot: QtBot) -> None:
    model = ArrayTableModel(COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    ids, arrays = random_data(200, seed=11)
    model.set_data(ids, arrays)
    chosen = {model.row_id(3), model.row_id(77), model.row_id(150)}
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in (3, 77, 150):
        view.selectionModel().select(model.index(r, 0), flags)
    assert selected(view, model) == chosen
    model.sort(model.column_of("subject"), ASC)
    assert selected(view, model) == chosen
    model.sort(model.column_of("age"), DESC)
    assert selected(view, model) == chosen
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    assert [model.row_id(r) for r in rows] == [i for i in shown_ids(model) if i in chosen]

    survivor = model.row_id(rows[0])
    subject = str(model.value(rows[0], "subject"))
    model.set_filter(subject)
    assert survivor in selected(view, model)
    model.set_filter("")
    assert survivor in selected(view, model)
    model.set_data(ids[::-1].copy(), {k: v[::-1].copy() for k, v in arrays.items()})  # reloaded: same tickets
    assert selected(view, model) == chosen


def test_reload_to_no_rows_with_a_current_row(qtbot: QtBot) -> None:
    """A scope with no tickets while a row is current (and selected): empty lists, an empty store, no error."""
    model = ArrayTableModel(COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    ids, arrays = random_data(20, seed=5)
    model.set_data(ids, arrays)
    view.setCurrentIndex(model.index(4, 1))
    view.selectRow(4)
    model.set_data(np.array([], dtype=np.int64), {"subject": [], "queue": [], "priority": [], "due": []})
    assert model.rowCount() == 0
    assert not view.currentIndex().isValid()
    model.set_data(ids, arrays)  # and back
    assert model.rowCount() == 20


class FakeClock:
    """A ``now_fn`` whose time the test sets."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def table(qtbot: QtBot, clock: FakeClock) -> TicketTable:
    widget = TicketTable(COLUMNS, now_fn=clock)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    ids = np.array([2**40 + i for i in range(6)], dtype=np.int64)  # ids beyond 32 bits
    widget.set_data(ids, {
        "subject": np.array(["Refund please", "Login broken", "refund again", "Card declined", "Hello", "Bye"]),
        "queue": np.array(["Billing", "Tech", "Billing", "Billing", "Sales", "Sales"]),
        "priority": np.array([1.0, 2.0, 3.0, 4.0, np.nan, 1.0]),
        "due": np.array([NOW - 60, NOW + 120, NOW + 3600, np.nan, NOW + 10, NOW + 7200]),
    })
    return widget


def test_ticket_table_filters_after_a_pause(qtbot: QtBot, table: TicketTable) -> None:
    assert table.count_label.text() == "6 of 6 tickets"
    assert table.filter_edit.placeholderText()
    assert table.filter_edit.isClearButtonEnabled()
    qtbot.keyClicks(table.filter_edit, "REFUND")
    assert table.model.filter_text == ""  # debounced: nothing applied while typing
    qtbot.waitUntil(lambda: table.count_label.text() == "2 of 6 tickets")
    assert table.model.filter_text == "refund"
    table.filter_edit.clear()
    qtbot.waitUntil(lambda: table.count_label.text() == "6 of 6 tickets")
    qtbot.keyClicks(table.filter_edit, "sales")
    qtbot.keyClick(table.filter_edit, Qt.Key.Key_Return)  # Enter applies at once
    assert table.count_label.text() == "2 of 6 tickets"
    qtbot.keyClick(table.filter_edit, Qt.Key.Key_Down)  # on to the first row
    assert table.selected_ids() == [2**40 + 4]


def test_ticket_table_columns_fit_the_width(table: TicketTable) -> None:
    header = table.view.horizontalHeader()
    subject = table.model.column_of("subject")
    used = sum(header.sectionSize(c) for c in range(table.model.columnCount()))
    assert used == table.view.viewport().width()  # the subject column takes up the rest
    table.resize(1000, 400)
    assert sum(header.sectionSize(c) for c in range(table.model.columnCount())) == table.view.viewport().width()
    assert header.sectionSize(subject) > 200


def test_ticket_table_activation_emits_ticket_id(qtbot: QtBot, table: TicketTable) -> None:
    view = table.view
    rect = view.visualRect(table.model.index(2, 0))
    with qtbot.waitSignal(table.row_activated) as blocker:
        # QTest's double-click is the second click only, as a real one is press, release, double-click.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [2**40 + 2]

    table.sort_by("priority", descending=True)
    assert view.horizontalHeader().sortIndicatorSection() == table.model.column_of("priority")
    assert view.horizontalHeader().sortIndicatorOrder() == DESC
    assert table.model.row_id(0) == 2**40 + 3  # priority 4
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, 0))
    with qtbot.waitSignal(table.row_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [2**40 + 3]
    assert table.selected_ids() == [2**40 + 3]


def test_ticket_table_clock_updates_countdowns(qtbot: QtBot, table: TicketTable, clock: FakeClock) -> None:
    model = table.model
    c = model.column_of("due")
    assert model.data(model.index(1, c)) == "2:00"
    clock.now = NOW + 180
    qtbot.waitUntil(lambda: model.data(model.index(1, c)) == "-1:00", timeout=3000)  # the 1 s timer ticks
    assert model.data(model.index(1, c), Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR


def test_ticket_table_survives_live_updates(qtbot: QtBot, table: TicketTable) -> None:
    table.model.update_rows([2**40 + 99], {"subject": np.array(["Brand new"]), "queue": np.array(["Tech"])})
    assert table.count_label.text() == "7 of 7 tickets"
    table.model.remove_ids([2**40, 2**40 + 1])
    assert table.count_label.text() == "5 of 5 tickets"
    assert table.model.row_of(2**40 + 99) == 4
    assert table.model.value(4, "subject") == "Brand new"
