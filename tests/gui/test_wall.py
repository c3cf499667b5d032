"""The wall display against a real simulator: layout file, layout at 1080p and 4K, Chinese, stale, alerts, keys."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from api_client.feed import Backoff, FeedState
from console.core.thresholds import Threshold
from console.qt.i18n import Translations
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow
from console.ui.wall import layout
from console.ui.wall.sizing import TEXT_DEG, VALUE_CAP_MIN, VALUE_MIN_DEG, degrees_of
from console.ui.wall.tiles import WallChart, WallKpi
from console.ui.wall.window import WallWindow
from tests.helpers.sim import SimServer
from widgets.severity import Severity


def page(tiles: list[dict], rows: int = 1, columns: int = 2, **extra: object) -> dict:
    return {"title": "Test", "rows": rows, "columns": columns, "tiles": tiles, **extra}


def make_layout(*pages: dict, **extra: object) -> layout.Layout:
    return layout.parse(json.dumps({"pages": list(pages), **extra}))


@pytest.fixture
def translations() -> Iterator[Translations]:
    t = Translations()
    yield t
    t.install("en")


OpenWall = Callable[..., WallWindow]


@pytest.fixture
def open_wall(qtbot: QtBot) -> Iterator[OpenWall]:
    """Opens a wall on a server's feed (``open_wall(server, spec, size, backoff, **wall_kw)``); stops its feed after."""
    syncs: list[SyncController] = []

    def open_(server: SimServer, spec: layout.Layout | None = None, size: tuple[int, int] = (1920, 1080),
              backoff: Backoff | None = None, **kw: object) -> WallWindow:
        sync = SyncController(lambda: server.client(), backoff=backoff)
        syncs.append(sync)
        wall = WallWindow(sync, spec or layout.load(), **kw)  # type: ignore[arg-type]
        qtbot.addWidget(wall)
        wall.resize(*size)
        wall.show()
        sync.start()
        qtbot.waitUntil(lambda: sync.status.state is FeedState.LIVE and sync.has_data, timeout=15_000)
        return wall

    yield open_
    for sync in syncs:  # the wall does not own its controller (the main window does)
        sync.stop()


def show_everything(qtbot: QtBot, wall: WallWindow, index: int) -> None:
    """Page ``index`` with its charts drawn from the history now."""
    wall.show_page(index)
    wall._charts_at = 0.0  # draw the charts now, not in 5 s
    wall.refresh()
    for chart in wall.page.charts:
        if chart.chart is not None:
            chart.chart.refresh()
    qtbot.wait(50)


# ---------------------------------------------------------------------------- the layout file
def test_default_layout_is_the_playlist() -> None:
    spec = layout.load()
    assert [p.title for p in spec.pages] == ["Overview", "Service level per queue", "Trends", "Agent load"]
    assert not spec.sound


@pytest.mark.parametrize(("data", "named"), [
    ({"pages": [page([{"type": "kpi", "metric": "wating", "at": [0, 0]}])]}, "$.pages[0].tiles[0].metric"),
    ({"pages": [page([{"type": "pie", "at": [0, 0]}])]}, "$.pages[0].tiles[0].type"),
    ({"pages": [page([{"type": "kpi", "metric": "waiting", "at": [0, 1], "span": [1, 2]}])]},
     "$.pages[0].tiles[0].at/span"),
    ({"pages": [page([{"type": "kpi", "metric": "waiting", "at": [0, 0]},
                      {"type": "chart", "chart": "risk", "at": [0, 0]}])]}, "$.pages[0].tiles[1].at"),
    ({"pages": [page([{"type": "kpi", "metric": "waiting", "at": [0, 0]}])], "seconds": 1}, "$.seconds"),
    ({"pages": []}, "$.pages"),
    ({"pages": [page([{"type": "agents", "at": [0, 0], "colour": "red"}])]}, "colour"),
])
def test_layout_errors_name_the_field(tmp_path: Path, data: dict, named: str) -> None:
    path = tmp_path / "wall.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(layout.LayoutError) as err:
        layout.load(path)
    assert named in str(err.value)
    assert str(path) in str(err.value)


def test_unreadable_layout_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(layout.LayoutError, match="cannot read"):
        layout.load(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{\"pages\": [", encoding="utf-8")
    with pytest.raises(layout.LayoutError, match="not valid JSON"):
        layout.load(tmp_path / "bad.json")


# ---------------------------------------------------------------------------- layout on screen
def tiles_of(wall: WallWindow) -> list[QWidget]:
    return [*wall.page.kpis, *wall.page.charts]


def check_layout(wall: WallWindow) -> None:
    """Nothing clipped or overlapping: tiles inside the page and apart, every label's text inside its label,
    every label inside its tile, the main numbers at least the wall's minimum cap height."""
    page_rect = wall.page.rect()
    rects: list[tuple[QWidget, QRect]] = []
    for tile in tiles_of(wall):
        rect = QRect(tile.mapTo(wall.page, tile.rect().topLeft()), tile.size())
        assert page_rect.contains(rect), (tile.objectName(), rect, page_rect)
        for other, other_rect in rects:
            assert not rect.intersects(other_rect), (tile, other)
        rects.append((tile, rect))
    labels = [label for label in wall.findChildren(QLabel) if label.isVisibleTo(wall) and label.text()]
    assert len(labels) >= 5 + 2 * len(wall.page.kpis)  # the header, and each tile's title and number
    for label in labels:
        if label.textFormat() == Qt.TextFormat.RichText or label.text().startswith("<"):
            continue  # the agent bars' colour legend
        fm = QFontMetrics(label.font())
        room = label.contentsRect()
        lines = label.text().split("\n")
        if not label.wordWrap():
            for line in lines:
                assert fm.horizontalAdvance(line) <= room.width() + 1, (label.objectName(), line, room)
        assert fm.height() + fm.lineSpacing() * (len(lines) - 1) <= room.height() + 2, (
            label.objectName(), label.text(), fm.height(), room)
        tile = next((t for t in tiles_of(wall) if t.isAncestorOf(label)), None)
        if tile is not None:
            inside = QRect(label.mapTo(tile, label.rect().topLeft()), label.size())
            assert tile.rect().contains(inside), (label.text(), inside, tile.rect())
    for chart in wall.page.charts:
        if chart.bars is not None:  # bar labels (drawn by pyqtgraph, not QLabels) side by side, apart
            axis = chart.bars.plot.getAxis("bottom")
            ticks = axis._tickLevels[0]
            step = ticks[1][0] - ticks[0][0] if len(ticks) > 1 else 1
            slot = chart.bars.plot.getPlotItem().vb.width() / max(1, len(chart.bars.bars))
            widest = max(QFontMetrics(axis.style["tickFont"]).horizontalAdvance(label) for _, label in ticks)
            assert widest < slot * step, (ticks, slot, step)
    for kpi in wall.page.kpis:
        cap = QFontMetrics(kpi.value.font()).capHeight()
        assert cap >= VALUE_CAP_MIN * wall.height() - 1, (kpi.value.text(), cap, wall.height())


ASCENDER_PER_CAP = 1.05  # a little under Noto Sans' 1.07: a text 5 % too small fails


def ink_rows(image: QImage, rect: QRect) -> int:
    """How many pixel rows inside ``rect`` of ``image`` hold ink: pixels far from the row's background colour
    (the tile's), which the text's glyphs are."""
    background = image.pixelColor(rect.right() - 1, rect.top() + 1)
    rows = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1, 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) + \
                    abs(c.blue() - background.blue()) > 150:
                rows += 1
                break
    return rows


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_text_reads_from_five_metres_measured_in_the_picture(qtbot: QtBot, open_wall: OpenWall, sim: SimServer,
                                                             size: tuple[int, int]) -> None:
    """The height of the ink on screen, not the font size asked for: a title without descenders ("SLA breached",
    "At risk") and a number measure their cap height; each must subtend the wall's angle at 5 m."""
    spec = make_layout(page([{"type": "kpi", "metric": "breached", "at": [0, 0]},
                             {"type": "kpi", "metric": "at_risk", "at": [0, 1]}], rows=2, columns=3))
    wall = open_wall(sim, spec, size=size)
    show_everything(qtbot, wall, 0)
    image = wall.grab().toImage()
    for kpi in wall.page.kpis:
        for label, least in ((kpi.title, TEXT_DEG), (kpi.value, VALUE_MIN_DEG)):
            inside = QRect(label.mapTo(wall, label.contentsRect().topLeft()), label.contentsRect().size())
            text = label.text().split(" ")[-1]  # the number without its severity symbol
            assert text.strip(), kpi.spec
            ink = ink_rows(image, inside)
            # A title's ink runs from its ascenders (b, h, k: about 1.07 cap heights in Noto Sans) to the baseline;
            # a number's is its digits and severity symbol, at least a cap height.
            ratio = ASCENDER_PER_CAP if label is kpi.title else 1.0
            assert degrees_of(ink, size[1]) >= ratio * least, (label.objectName(), label.text(), ink)


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_every_page_fits_the_screen(qtbot: QtBot, open_wall: OpenWall, sim: SimServer, size: tuple[int, int],
                                    tmp_path: Path) -> None:
    wall = open_wall(sim, size=size)
    for index in range(len(wall.pages)):
        show_everything(qtbot, wall, index)
        check_layout(wall)
        for kpi in wall.page.kpis:
            assert kpi.value.text() != "–", kpi.spec  # numbers from the simulator
        for chart in wall.page.charts:
            if chart.bars is not None:
                assert chart.bars.bars, chart.spec
            elif chart.chart is not None and chart.chart.isVisible():
                assert chart.chart.buffer.view()[0].size >= 1, chart.spec
            else:  # a console just opened has too little history to draw: it says so instead of empty axes
                assert chart.note.isVisible(), chart.spec
                assert chart.title() in chart.note.text(), chart.spec
        assert wall.grab().save(str(tmp_path / f"wall-{size[1]}-{index}.png"))
    assert wall.pages[0].kpis[0].value_px() >= (1.8 if size[1] == 2160 else 0.9) * 100  # sized from the screen
    wall.close()


def has_tofu(text: str, label: QLabel) -> bool:
    """True if any character of ``text`` has no glyph in the fonts Qt picks for ``label`` (drawn as a box)."""
    layout_ = QTextLayout(text, label.font())
    layout_.beginLayout()
    layout_.createLine()
    layout_.endLayout()
    return any(0 in run.glyphIndexes() for run in layout_.glyphRuns())


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_chinese_labels_render(qtbot: QtBot, open_wall: OpenWall, sim: SimServer, translations: Translations,
                               size: tuple[int, int]) -> None:
    assert translations.install("zh_CN")
    spec = make_layout(page([
        {"type": "kpi", "metric": "service_level", "queue": "billing", "title": "账单服务水平", "at": [0, 0]},
        {"type": "kpi", "metric": "longest_wait", "title": "最长等候时间", "at": [0, 1]},
        {"type": "chart", "chart": "risk", "at": [0, 2]},
        {"type": "agents", "at": [1, 0], "span": [1, 3]}], rows=2, columns=3))
    wall = open_wall(sim, spec, size=size)
    show_everything(qtbot, wall, 0)
    check_layout(wall)
    titles = [kpi.title.text() for kpi in wall.page.kpis]
    assert titles == ["账单服务水平", "最长等候时间"]
    shown = [label.text() for label in wall.findChildren(QLabel) if label.isVisibleTo(wall)]
    chinese = [t for t in shown if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(chinese) >= 3, shown  # the titles and a translated caption or duration
    assert not any(has_tofu(t, label) for label in wall.findChildren(QLabel) for t in [label.text()] if t in chinese)
    wall.close()


def test_tofu_check_can_fail(qapp: QApplication) -> None:
    assert has_tofu("\ue000", QLabel())  # a private-use character no font has


# ---------------------------------------------------------------------------- live behaviour
def test_one_clock_the_servers(qtbot: QtBot, open_wall: OpenWall, sim: SimServer) -> None:
    """The wall's clock and "Updated" are the server's time in UTC, as the charts' axes and the status bar are: the
    demo's clock runs apart from the machine's (the tests' simulator starts on a fixed day)."""
    wall = open_wall(sim)
    show_everything(qtbot, wall, 0)
    assert wall.sync is not None
    server_now, data_at = wall.sync.with_store(lambda s: (s.now(), s.server_time))
    assert wall.clock.text() in {datetime.fromtimestamp(t, UTC).strftime("%H:%M UTC") for t in (data_at, server_now)}
    assert wall.updated.text() == "Updated " + datetime.fromtimestamp(data_at, UTC).strftime("%H:%M:%S")
    wall.close()


def test_stale_data_is_greyed_with_its_age_then_recovers(qtbot: QtBot, open_wall: OpenWall, own_sim: SimServer,
                                                         caplog) -> None:
    wall = open_wall(own_sim, backoff=Backoff(base=0.05, cap=0.5))
    show_everything(qtbot, wall, 0)
    assert wall.state.property("state") == "live"
    own_sim.stop()
    qtbot.waitUntil(lambda: (wall.refresh() or True) and wall.state.property("state") == "stale", timeout=20_000)
    assert wall.header.property("stale") is True
    assert "ago" in wall.state.text()
    for kpi in wall.page.kpis:
        assert kpi.severity is Severity.STALE, kpi.spec
        assert kpi.value.text().startswith("◷")
        assert "ago" in kpi.caption.text()
    assert all(chart.graphicsEffect().isEnabled() for chart in wall.page.charts)  # charts faded
    assert wall.updated.text().startswith("Updated")
    assert "feed error (Unavailable)" in caplog.text
    own_sim.restart()
    qtbot.waitUntil(lambda: (wall.refresh() or True) and wall.state.property("state") == "live", timeout=15_000)
    assert all(kpi.severity is not Severity.STALE for kpi in wall.page.kpis)
    assert not any(chart.graphicsEffect().isEnabled() for chart in wall.page.charts)
    wall.close()


def test_breach_flashes_for_a_while_and_chimes_once(qtbot: QtBot, open_wall: OpenWall, sim: SimServer) -> None:
    spec = make_layout(page([{"type": "kpi", "metric": "waiting", "at": [0, 0]},
                             {"type": "kpi", "metric": "backlog", "at": [0, 1]}]), sound=True, flash_s=2)
    clock = [1000.0]
    wall = open_wall(sim, spec, thresholds={"waiting": Threshold(0, 0)},  # any queue at all is red
                     now_fn=lambda: clock[0])
    qtbot.waitUntil(lambda: wall.page.kpis[0].severity is Severity.BAD, timeout=5_000)
    tile = wall.page.kpis[0]
    flashes: list[bool] = []
    for _ in range(20):  # five seconds on the wall's clock, a refresh every quarter of a second
        wall.refresh()
        flashes.append(bool(tile.property("flash")))
        clock[0] += 0.25
    assert flashes[:4] == [True] * 4  # the first second: flashing
    assert flashes[4:8] == [False] * 4  # the next: not (it alternates each second)
    assert flashes[8:] == [False] * 12  # after flash_s (2 s): steady red
    assert wall.chimes == 1
    assert wall.page.kpis[1].red_since is None  # no threshold: never red, never flashes
    wall.close()


def test_pages_rotate_and_keys_steer(qtbot: QtBot, open_wall: OpenWall, sim: SimServer) -> None:
    tile = {"type": "kpi", "metric": "waiting", "at": [0, 0]}
    spec = make_layout(page([tile], columns=1, seconds=5), page([tile], columns=1), seconds=60)
    wall = open_wall(sim, spec)
    assert wall.stack.currentIndex() == 0
    # The page's own time. (Not remainingTime(): a coarse timer may fire up to 5 % late, and says so.)
    assert wall._rotate.isActive()
    assert wall._rotate.interval() == 5_000
    wall._rotate.timeout.emit()  # its time is up (Qt's timer firing is Qt's business, not 5 s of this test)
    assert wall.stack.currentIndex() == 1
    assert wall._rotate.isActive()
    assert wall._rotate.interval() == 60_000  # the layout's time
    qtbot.keyClick(wall, Qt.Key.Key_Space)
    assert wall.paused
    assert not wall._rotate.isActive()
    assert "paused" in wall.pager.text()
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    assert wall.stack.currentIndex() == 0
    qtbot.keyClick(wall, Qt.Key.Key_S)
    assert wall.sound_on
    assert "♪" in wall.pager.text()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert wall.isVisible()  # started as a wall: Esc does not leave it
    assert wall.cursor().shape() == Qt.CursorShape.BlankCursor
    assert QApplication.activeModalWidget() is None
    wall.close()


def test_menu_opens_the_wall_and_escape_leaves_it(qtbot: QtBot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert window.wall_action.shortcut().toString() == "F11"
    window.wall_action.trigger()
    wall = window.wall
    assert isinstance(wall, WallWindow)
    assert wall.isFullScreen()
    assert wall.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert all(kpi.value.text() == "–" for kpi in wall.page.kpis)  # no data: no numbers
    assert wall.state.text() == "■ Not connected"
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.wall is None)
    window.close()


def test_wall_charts_are_wall_charts(qtbot: QtBot, open_wall: OpenWall, sim: SimServer) -> None:
    spec = make_layout(page([{"type": "chart", "chart": "waiting", "at": [0, 0]},
                             {"type": "kpi", "metric": "waiting", "at": [0, 1]}]))
    wall = open_wall(sim, spec)
    show_everything(qtbot, wall, 0)
    chart = next(c for c in wall.page.charts if isinstance(c, WallChart))
    assert chart.chart is not None
    assert chart.chart.curves[0].name() == "Billing"
    assert isinstance(wall.page.kpis[0], WallKpi)
    wall.close()


def test_agent_bars_survive_an_empty_night(qtbot: QtBot) -> None:
    """At night nobody is signed in: the wall's agent tile gets no bars (pyqtgraph used to raise)."""
    from widgets.bar import Bar
    from widgets.load_bars import LoadBars

    bars = LoadBars("")
    qtbot.addWidget(bars)
    bars.set_bars([Bar("team:a", "A", 3, 4, "busy")])
    bars.set_bars([])
    assert bars.bars == []


def test_store_forgets_long_resolved_tickets(own_sim: SimServer) -> None:
    """A wall runs for days: resolved tickets leave the store once the window has passed (memory stays flat),
    and the numbers stay those of a store that never forgot anything."""
    from console.core.store import LiveStore

    client = own_sim.client()
    store, keeper = LiveStore(), LiveStore()
    snap = client.snapshot()
    store.load(snap)
    keeper.load(snap)
    cursor = snap.cursor
    for _ in range(26):  # three simulated hours in 7-minute steps (not a divisor of the window: the page
        client.sim_advance(420)  # times and the window's edge do not line up, as with a running clock)
        while True:
            page = client.changes(cursor)
            store.apply(page)
            store.sample_history()
            keeper.apply(page)
            cursor = page.cursor
            if not page.changes:
                break
    horizon = store.server_time - store.window_s
    resolved = [t for t in store.tickets.values() if t.status in ("solved", "closed")]
    assert all(t.updated_at.timestamp() >= horizon for t in resolved)
    assert len(store.tickets) < len(keeper.tickets) * 0.8  # the ones resolved hours ago are gone
    assert store.metrics() == keeper.metrics()
    client.close()
