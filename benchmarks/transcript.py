"""Opening a long transcript in the QA review page, and filling the review queue.

Ours: ``TranscriptView.set_turns`` (one QTextDocument built with a cursor, waits and internal notes
formatted), then a search that highlights every match, then following playback turn by turn.
Baseline: the same transcript as HTML in a QTextBrowser (``setHtml``), the obvious way to show it.
Also the review page's queue (200 rows): filled with the columns sized once (ours) against sizing them
to their contents after every cell (``ResizeToContents``), which is quadratic.
``--quick`` uses 300 turns and 50 queue rows.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QHeaderView, QTextBrowser

from api_client.models import Interaction
from benchmarks._common import summary
from benchmarks._qt import application
from console.core.qa.queue import QueueItem
from console.infra.drafts import DraftStore
from console.ui.pages.qa.review import ReviewWorkspace
from widgets.transcript_view import TranscriptView, TurnRow

LINES = ("您好，感谢您的来电，请问有什么可以帮您？", "我的包裹已经四天没有更新物流了。",
         "I understand how frustrating that is.", "The courier confirmed delivery tomorrow; here is the link.",
         "内部备注：客户等级 gold，已核对账户记录。")


def make_rows(n: int, seed: int) -> list[TurnRow]:
    rng = random.Random(seed)
    rows, t = [], 0.0
    for i in range(n):
        t += rng.uniform(2, 90)
        speaker = ("customer", "agent")[i % 2]
        rows.append(TurnRow(speaker, t, rng.choice(LINES) * rng.randint(1, 3), internal=rng.random() < 0.05,
                            wait_s=rng.uniform(1, 300) if speaker == "agent" else None))
    return rows


def timed(app: QApplication, action: object) -> float:
    t = time.perf_counter()
    action()  # type: ignore[operator]
    app.processEvents()
    return (time.perf_counter() - t) * 1000


def as_html(rows: list[TurnRow]) -> str:
    parts = []
    for r in rows:
        bg = "background:#fff4cc;" if r.internal else ""
        wait = f" <span style='color:#b3261e'>⏱ {r.wait_s:.0f} s</span>" if r.wait_s else ""
        parts.append(f"<p style='{bg}margin-top:10px'><b>{r.speaker} · {r.offset_s:.0f}</b>{wait}<br/>"
                     f"{html.escape(r.text)}</p>")
    return "".join(parts)


def queue_workspace(rows: int) -> ReviewWorkspace:
    """The review page's workspace (no server) with ``rows`` interactions in its queue."""
    ws = ReviewWorkspace(None, DraftStore(Path(tempfile.mkdtemp(prefix="bench-drafts-"))))
    ws.resize(1280, 760)
    ws.show()
    t0 = datetime(2026, 11, 23, 9, tzinfo=UTC)
    ws.items = [QueueItem(Interaction(id=i, ticket_id=i, channel="phone", agent_id=f"a{i % 60}", started_at=t0,
                                      ended_at=t0 + timedelta(minutes=5), language="zh", turns=[], handle_s=300.0,
                                      csat=4)) for i in range(1, rows + 1)]
    return ws


def fill_queue(app: QApplication, ws: ReviewWorkspace, mode: QHeaderView.ResizeMode) -> float:
    ws.queue.horizontalHeader().setSectionResizeMode(mode)
    return timed(app, ws._fill_queue)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="transcript", description=__doc__)
    p.add_argument("--quick", action="store_true", help="300 turns, for tests")
    p.add_argument("--turns", type=int, default=None)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    turns = args.turns or (300 if args.quick else 3000)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    app = application()
    assert isinstance(app, QApplication)
    rows = make_rows(turns, args.seed)
    runs = 3 if args.quick else 5

    view = TranscriptView()
    view.resize(480, 700)
    view.show()
    open_ms = statistics.median(timed(app, lambda: view.set_turns(rows)) for _ in range(runs))
    def search() -> None:
        view.search.setText("包裹")
        view.search.returnPressed.emit()

    search_ms = timed(app, search)
    print(f"ours: open {turns:,} turns median {open_ms:.0f} ms; search -> {view.match_count:,} matches "
          f"{search_ms:.0f} ms")
    step = max(1, turns // 100)
    follow = [timed(app, lambda i=i: view.set_current(i)) for i in range(0, turns, step)]
    follow_ms = statistics.median(follow)
    print(f"ours: follow playback, {len(follow)} turn changes: median {follow_ms:.2f} ms, max {max(follow):.1f} ms")

    browser = QTextBrowser()
    browser.resize(480, 700)
    browser.show()
    text = as_html(rows)
    baseline_ms = statistics.median(timed(app, lambda: browser.setHtml(text)) for _ in range(runs))
    print(f"baseline: setHtml of the same transcript median {baseline_ms:.0f} ms")

    queue_rows = 50 if args.quick else 200
    ws = queue_workspace(queue_rows)
    queue_ms = statistics.median(fill_queue(app, ws, QHeaderView.ResizeMode.Interactive) for _ in range(runs))
    queue_baseline_ms = fill_queue(app, ws, QHeaderView.ResizeMode.ResizeToContents)
    print(f"review queue of {queue_rows} rows: {queue_ms:.0f} ms sized once, "
          f"{queue_baseline_ms:.0f} ms sized to contents after every cell")
    print(summary("transcript", open_ms=open_ms, baseline_ms=baseline_ms, search_ms=search_ms, follow_ms=follow_ms,
                  queue_ms=queue_ms, queue_baseline_ms=queue_baseline_ms, turns=turns, queue_rows=queue_rows))
    return 0
