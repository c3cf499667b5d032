"""Data the demo controls in the viewer's language: catalog names (queues, teams, scorecard, categories) from the
server's per-language names, Taiwan customers in Traditional characters, AutoQA on Traditional transcripts, and
the QA trend's time axis on its buckets with dates in the viewer's language."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import opencc
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from api_client.models import Interaction, Scorecard
from api_client.qa import SCORECARD
from console.core.charts import agent_bars
from console.core.qa import autoqa, stats
from console.qt.i18n import Translations, shown_name
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from console.ui.pages.qa.calibration import CalibrationTab
from console.ui.pages.qa.trends import BucketAxis
from simulator.transcripts import TRADITIONAL, transcript
from tests.helpers.sim import SimServer

S2T = opencc.OpenCC("s2tw")  # to Taiwan's standard characters (峰 stays, not the variant 峯)
# Common characters that exist only in Simplified writing (their Traditional forms differ).
SIMPLIFIED_ONLY = set("们这个来为说时对发会过还没问题单应户务认证进账费订运货话经计划级团队质检组长员与标语确"
                      "凤莲顶协调线络电脑软联请谢谁让给从东车门见间关开")


def simplified_in(text: str) -> set[str]:
    """Characters of ``text`` that a Traditional reader would see as Simplified: the common simplified-only ones,
    and any that OpenCC's Simplified-to-Traditional conversion changes."""
    converted = S2T.convert(text)
    return {c for c in text if c in SIMPLIFIED_ONLY} | {a for a, b in zip(text, converted, strict=False) if a != b}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations()
    yield t
    t.install("en")


def test_the_check_sees_simplified_text() -> None:
    assert simplified_in("账单问题")
    assert simplified_in("凤凰组")
    assert not simplified_in("帳單問題 鳳凰組 Team Phoenix")


def test_traditional_viewer_reads_queues_teams_and_scorecard_without_simplified(
        qtbot: QtBot, sim: SimServer, translations: Translations) -> None:
    translations.install("zh_TW")
    sync = SyncController(lambda: sim.client())
    window = MainWindow(sync, "zh_TW")
    qtbot.addWidget(window)
    window.show()
    sync.start()
    tasks = TaskRunner(lambda: sim.client("supervisor"))
    try:
        qtbot.waitUntil(lambda: sync.has_data, timeout=20_000)
        queues, loads = sync.with_store(lambda s: ([q.name for q in s.queues.values()], s.agent_loads()))
        teams = [bar.label for bar in agent_bars(loads, by_team=True)]
        overview = [window.overview.model.index(r, 0).data() for r in range(window.overview.model.rowCount())]
        tab = CalibrationTab(tasks, lambda: None)
        qtbot.addWidget(tab)
        tab.reload()
        qtbot.waitUntil(lambda: tab.table.rowCount() > 1, timeout=15_000)
        categories = [tab.table.verticalHeaderItem(r).text() for r in range(tab.table.rowCount())]
        card = sim.client().scorecards()[0]
        shown = [*queues, *teams, *overview, *categories, shown_name(card)]
        assert "帳單" in queues, shown
        assert "鳳凰組" in teams, shown
        assert "問候" in categories, shown
        assert all(any("\u4e00" <= c <= "\u9fff" for c in text) for text in shown), shown  # nothing left in English
        assert {text: simplified_in(text) for text in shown if simplified_in(text)} == {}
        assert "尚無共識" in tab.message.text() or "共識分數" in tab.message.text()

        # Back to English, live: the same store names everything in English, no reload.
        translations.install("en")
        QCoreApplication.processEvents()
        queues, loads = sync.with_store(lambda s: ([q.name for q in s.queues.values()], s.agent_loads()))
        assert {"Billing", "Orders & logistics"} <= set(queues)
        assert "Team Phoenix" in {bar.label for bar in agent_bars(loads, by_team=True)}
        assert all(bar.key.startswith("team:Team ") for bar in agent_bars(loads, by_team=True))  # keys never change
    finally:
        tasks.shutdown()
        window.close()


def test_taiwan_customers_write_traditional_and_autoqa_reads_it() -> None:
    start = datetime(2025, 12, 4, 9, tzinfo=UTC)
    for channel in ("phone", "chat", "email", "social", "app"):
        turns = transcript(random.Random(channel), "billing", channel, TRADITIONAL, "张伟", "gold", start,
                           start + timedelta(minutes=6))
        text = "".join(t.text for t in turns)
        assert simplified_in(text) == set(), (channel, text)
        found = {s.kind: s.found for s in autoqa.suggest(
            Interaction(id=1, ticket_id=1, channel=channel, agent_id="a1", started_at=start,
                        ended_at=start + timedelta(minutes=6), language=TRADITIONAL, turns=turns),
            _card())}
        assert (found["greeting"], found["closing"]) == (True, True), (channel, found)


def test_autoqa_traditional_phrases_are_opencc_conversions_of_the_simplified() -> None:
    s2tw = opencc.OpenCC("s2twp")
    for phrases in (autoqa.GREETINGS, autoqa.CLOSINGS, autoqa.EMPATHY):
        chinese = [p for p in phrases if not p.isascii()]
        traditional = {p for p in chinese if p == S2T.convert(p) and simplified_in(p) == set()}
        needed = {s2tw.convert(p) for p in chinese} - {p for p in chinese if s2tw.convert(p) == p}
        assert needed <= traditional, needed - traditional


def _card() -> Scorecard:
    return SCORECARD


@pytest.mark.parametrize(("span_s", "bucket"), [(3 * 3600, stats.HOUR_S), (2 * 86400, stats.HOUR_S),
                                                (20 * 86400, stats.DAY_S), (200 * 86400, stats.WEEK_S)])
def test_trend_bucket_follows_the_span(span_s: float, bucket: float) -> None:
    assert stats.bucket_for_span(span_s) == bucket


def test_trend_axis_ticks_fall_on_buckets_with_dates_in_the_viewers_language(
        qapp: QApplication, translations: Translations) -> None:
    axis = BucketAxis()
    t0 = datetime(2025, 12, 4, 9, tzinfo=UTC).timestamp()
    [(spacing, ticks)] = axis.tickValues(t0 - 1800, t0 + 2 * 3600 + 1800, 600)  # three hourly points
    assert (spacing, ticks) == (3600, [t0, t0 + 3600, t0 + 7200])  # not every 5 minutes
    assert axis.tickStrings(ticks, 1, spacing) == ["Dec 4 09:00", "10:00", "11:00"]
    axis.bucket_s = stats.WEEK_S
    [(spacing, ticks)] = axis.tickValues(t0 - 3 * 86400, t0 + 30 * 86400, 600)
    assert all(datetime.fromtimestamp(t, UTC).weekday() == 0 for t in ticks)  # weeks start on Monday
    translations.install("zh_TW")
    axis.bucket_s = stats.DAY_S
    assert axis.text(t0) == "12月4日"
