"""Sort and filter 100k tickets in a shown table: NumPy-backed ArrayTableModel vs QSortFilterProxyModel.

Both run offscreen in a 1000x700 view over the same rows: ids, three text columns (subject, queue,
assignee), five numbers and an SLA countdown. Every timing includes ``processEvents()`` and a synchronous
``viewport().repaint()``, i.e. what the supervisor waits for.

* ``sort_ms``: our :class:`widgets.array_table.TicketTable`, the median of ``--runs`` sorts (alternating
  ascending/descending) by a numeric and by a text column; the slower of the two medians.
* ``filter_ms``: median of ``--runs`` substring filters hitting ~10 % of the rows (a queue name), each
  from the unfiltered table.
* ``baseline_sort_ms``: ONE sort of the text column (case-insensitive, raw values) by a
  ``QSortFilterProxyModel`` over :class:`widgets.table_model.RowsTableModel`, a plain Python model
  (about 20 s at 100k rows on a small machine; ``--quick`` uses 5,000 rows).
* ``baseline_filter_ms``: the proxy's ``setFilterFixedString`` on the queue column alone, median of
  ``--baseline-runs``. A proxy filters one column or all of them; one column is the kinder choice for the
  baseline (ours searches all three text columns).

Summary: ``table: sort_ms=... filter_ms=... baseline_sort_ms=... baseline_filter_ms=... rows=...``.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from benchmarks._common import median, summary
from benchmarks._qt import application
from widgets.array_table import Column, TicketTable, default_countdown, default_number
from widgets.table_model import RowsTableModel

NOW = 1_795_000_000.0
WIDTH, HEIGHT = 1000, 700
QUEUES = ("Billing", "Technical", "Sales", "Returns", "Shipping", "Accounts", "Fraud", "Loyalty", "Partners",
          "Onboarding")
FILTER = "fraud"  # one queue of ten: ~10 % of the rows; no subject or assignee contains it
SUBJECT_WORDS = ("Refund", "request", "for", "order", "Login", "problem", "with", "app", "Invoice", "missing",
                 "Cannot", "update", "card", "Delivery", "late", "Password", "reset", "not", "working", "Upgrade",
                 "plan", "question", "Duplicate", "charge", "on", "my", "account", "Café", "Überweisung")
FIRST = ("Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jun", "Kofi", "Lena", "Mei",
         "Nils", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomás")
LAST = ("Ito", "Kim", "Lopez", "Meyer", "Novak", "Okafor", "Petrov", "Rossi", "Silva", "Wang")

COLUMNS = [
    Column("id", "Ticket", "number", formatter=lambda v: f"#{v:.0f}"),
    Column("subject", "Subject"),
    Column("queue", "Queue"),
    Column("assignee", "Assignee"),
    Column("priority", "Priority", "number"),
    Column("age_min", "Age (min)", "number"),
    Column("replies", "Replies", "number"),
    Column("csat", "CSAT", "number"),
    Column("reopened", "Reopened", "number"),
    Column("due", "SLA due", "countdown"),
]
NUMERIC_SORT, TEXT_SORT = "age_min", "subject"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks table", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="5,000 rows, for tests")
    p.add_argument("--rows", type=int, default=None, help="rows (default 100000)")
    p.add_argument("--runs", type=int, default=7, help="timed sorts and filters of ours (default 7, at least 5)")
    p.add_argument("--baseline-runs", type=int, default=3, help="timed baseline filters (default 3)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if args.rows is None:
        args.rows = 5_000 if args.quick else 100_000
    if args.runs < 5:
        p.error("--runs must be at least 5")
    if args.baseline_runs < 1:
        p.error("--baseline-runs must be at least 1")
    return args


def make_data(rows: int, seed: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Ticket-like columns: text as StringDType arrays, numbers as float64 with some NaN."""
    rng = np.random.default_rng(seed)
    ids = np.arange(100_001, 100_001 + rows, dtype=np.int64)
    words = np.array(SUBJECT_WORDS)
    picks = rng.integers(0, len(words), size=(rows, 5))
    lengths = rng.integers(2, 6, size=rows)
    subjects = [" ".join(words[p[:k]].tolist()) for p, k in zip(picks, lengths.tolist(), strict=True)]
    names = np.array([f"{f} {last}" for f in FIRST for last in LAST])
    assignee = names[rng.integers(0, len(names), rows)].astype(object)
    assignee[rng.random(rows) < 0.05] = ""  # unassigned
    due = NOW + rng.uniform(-3600, 4 * 3600, rows)
    due[rng.random(rows) < 0.1] = np.nan  # paused or no SLA
    csat = rng.integers(1, 6, rows).astype(float)
    csat[rng.random(rows) < 0.6] = np.nan
    arrays = {
        "id": ids.astype(float),
        "subject": np.array(subjects, dtype=np.dtypes.StringDType()),
        "queue": np.array(QUEUES)[rng.integers(0, len(QUEUES), rows)].astype(np.dtypes.StringDType()),
        "assignee": assignee.astype(np.dtypes.StringDType()),
        "priority": rng.integers(1, 5, rows).astype(float),
        "age_min": np.round(rng.exponential(240, rows), 1),
        "replies": rng.integers(0, 30, rows).astype(float),
        "csat": csat,
        "reopened": rng.integers(0, 3, rows).astype(float),
        "due": due,
    }
    return ids, arrays


def timed(app: QApplication, view: QTableView, action: Callable[[], object]) -> float:
    """Milliseconds for ``action`` plus the events and the synchronous repaint it causes."""
    gc.collect()
    t = time.perf_counter()
    action()
    app.processEvents()
    view.viewport().repaint()
    return (time.perf_counter() - t) * 1000


def settle(app: QApplication, view: QTableView) -> None:
    app.processEvents()
    view.viewport().repaint()


def bench_ours(app: QApplication, ids: np.ndarray, arrays: dict[str, np.ndarray],
               args: argparse.Namespace) -> tuple[float, float, float]:
    table = TicketTable(COLUMNS, now_fn=lambda: NOW)
    table.clock.stop()  # the benchmark ticks by hand
    table.resize(WIDTH, HEIGHT)
    table.show()
    settle(app, table.view)
    model = table.model
    load_ms = timed(app, table.view, lambda: table.set_data(ids, arrays))
    print(f"ours: set_data of {len(ids):,} rows {load_ms:.0f} ms (once; builds the case-folded sort/filter keys)")

    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    medians = {}
    for key in (NUMERIC_SORT, TEXT_SORT):
        col = model.column_of(key)
        times = [timed(app, table.view, partial(model.sort, col, desc if i % 2 else asc)) for i in range(args.runs)]
        medians[key] = median(times)
        print(f"ours: sort by {key}: median {medians[key]:.1f} ms of {', '.join(f'{t:.0f}' for t in times)}")
    model.sort(-1)

    times = []
    for _ in range(args.runs):
        model.set_filter("")
        settle(app, table.view)
        times.append(timed(app, table.view, lambda: model.set_filter(FILTER)))
    filter_ms = median(times)
    shown = model.rowCount()
    print(f"ours: filter {FILTER!r} -> {shown:,} rows ({shown / len(ids):.1%}): median {filter_ms:.1f} ms "
          f"of {', '.join(f'{t:.0f}' for t in times)}")
    model.sort(model.column_of(TEXT_SORT), asc)
    combined = timed(app, table.view, lambda: model.set_filter("refund"))
    print(f"ours: filter 'refund' with the text sort on -> {model.rowCount():,} rows: {combined:.1f} ms")
    model.set_filter("")

    tick = median([timed(app, table.view, table.tick) for _ in range(args.runs)])
    rng = np.random.default_rng(args.seed + 1)
    pick = rng.choice(ids, 100, replace=False)
    update = median([timed(app, table.view, lambda: model.update_rows(
        pick, {"age_min": rng.uniform(0, 500, 100), "assignee": np.array(["Zed Moss"] * 100)}))
        for _ in range(args.runs)])
    print(f"ours: countdown tick {tick:.1f} ms; update_rows of 100 rows {update:.1f} ms")
    table.close()
    table.deleteLater()
    return max(medians.values()), filter_ms, load_ms


def _blank_or(fmt: Callable[[Any], str]) -> Callable[[Any], str]:
    """``fmt`` with None shown as an empty cell (the baseline model's rows hold None for NaN)."""
    return lambda v: "" if v is None else fmt(v)


def bench_baseline(app: QApplication, ids: np.ndarray, arrays: dict[str, np.ndarray],
                   args: argparse.Namespace) -> tuple[float, float]:
    keys = [c.key for c in COLUMNS]
    formatters = [c.formatter or (default_countdown if c.kind == "countdown" else
                                  default_number if c.kind == "number" else None) for c in COLUMNS]
    # Raw values as Python objects, NaN as None (QVariant cannot order NaN), numbers formatted for display.
    columns = [arrays[k].tolist() for k in keys]
    for i, c in enumerate(COLUMNS):
        if c.kind != "text":
            columns[i] = [None if v != v else v for v in columns[i]]
    rows = list(zip(*columns, strict=True))
    source = RowsTableModel([c.header for c in COLUMNS],
                            [_blank_or(f) if f else None for f in formatters])
    source.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(keys.index("queue"))
    view = QTableView()
    view.setModel(proxy)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setAlternatingRowColors(True)
    view.resize(WIDTH, HEIGHT)
    view.show()
    settle(app, view)

    times = []
    for _ in range(args.baseline_runs):
        proxy.setFilterFixedString("")
        settle(app, view)
        times.append(timed(app, view, lambda: proxy.setFilterFixedString(FILTER)))
    filter_ms = median(times)
    print(f"baseline: filter {FILTER!r} -> {proxy.rowCount():,} rows: median {filter_ms:.0f} ms "
          f"of {', '.join(f'{t:.0f}' for t in times)}")
    proxy.setFilterFixedString("")
    settle(app, view)
    sort_ms = timed(app, view, lambda: proxy.sort(keys.index(TEXT_SORT), Qt.SortOrder.AscendingOrder))
    print(f"baseline: sort by {TEXT_SORT} (one run) {sort_ms:.0f} ms")
    view.close()
    view.deleteLater()
    return sort_ms, filter_ms


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application is created
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    app = application()
    assert isinstance(app, QApplication)
    ids, arrays = make_data(args.rows, args.seed)
    print(f"{args.rows:,} rows x {len(COLUMNS)} columns, view {WIDTH}x{HEIGHT}, platform {app.platformName()}")
    sort_ms, filter_ms, _ = bench_ours(app, ids, arrays, args)
    baseline_sort_ms, baseline_filter_ms = bench_baseline(app, ids, arrays, args)
    app.processEvents()
    print(f"speed-up: sort {baseline_sort_ms / sort_ms:.0f}x, filter {baseline_filter_ms / filter_ms:.0f}x")
    print(summary("table", sort_ms=sort_ms, filter_ms=filter_ms, baseline_sort_ms=baseline_sort_ms,
                  baseline_filter_ms=baseline_filter_ms, rows=args.rows))
    return 0
