"""LiveChart on its own, offscreen: the y range, stacking, the target line, visibility, clicks, and the ring buffer.

No timings here; the chart's timer is stopped so each test decides when a frame happens.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from widgets.live_chart import LiveChart, nice_ceiling, peak_downsample, sticky_limit
from widgets.ring_buffer import RingBuffer

T0 = 1_795_428_000.0  # 2026-11-23 10:00 UTC


@pytest.fixture
def make_chart(qtbot: QtBot) -> Callable[..., LiveChart]:
    """Shown charts with their timers stopped."""

    def make(series: list[str], **kw: object) -> LiveChart:
        chart = LiveChart("test", series, **kw)  # type: ignore[arg-type]
        chart.stop()
        qtbot.addWidget(chart)
        chart.resize(800, 400)
        chart.show()
        qtbot.waitExposed(chart)
        return chart

    return make


def y_view(chart: LiveChart) -> list[float]:
    return list(chart.plot.getPlotItem().vb.viewRange()[1])


# ------------------------------------------------------------------ y range
def test_nice_ceiling_and_sticky_limit() -> None:
    assert nice_ceiling(11.5) == 15
    assert nice_ceiling(0.023) == pytest.approx(0.025)
    assert nice_ceiling(81) == 100
    assert nice_ceiling(100) == 100
    assert sticky_limit(None, 0.0, 1.0) == 1.0
    assert sticky_limit(15.0, 12.0, 1.0) == 15.0  # 80 %: stays
    assert sticky_limit(15.0, 14.5, 1.0) == 20.0  # near the top: grows
    assert sticky_limit(100.0, 20.0, 1.0) == 25.0  # far below: shrinks


def test_y_range_follows_data_without_jitter(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["a", "b"], window_s=60.0)
    changes: list[object] = []
    chart.plot.getPlotItem().vb.sigYRangeChanged.connect(lambda *_: changes.append(1))
    for i in range(30):
        chart.append(T0 + i, [10.0, 4.0])
    chart.refresh()
    assert chart.y_limits == (0.0, 15.0)  # 10 with headroom, rounded up to a nice number
    low, high = y_view(chart)
    assert low < 0 < 10 < 15 < high  # a little padding around 0..15

    changes.clear()
    rng = np.random.default_rng(1)
    for i in range(30, 60):  # small changes: the axis stays put
        chart.append(T0 + i, [10.0 + rng.uniform(-2, 3), 4.0])
        chart.refresh()
    assert chart.y_limits == (0.0, 15.0)
    assert changes == []

    chart.append(T0 + 60, [21.0, 4.0])  # beyond the top: it grows, with headroom
    chart.refresh()
    assert chart.y_limits == (0.0, 25.0)
    assert len(changes) == 1
    assert y_view(chart)[1] > 21

    for i in range(61, 200):  # the peak leaves the 60 s window and the data falls well below: it shrinks
        chart.append(T0 + i, [3.0, 1.0])
        chart.refresh()
    assert chart.y_limits == (0.0, 4.0)


def test_y_max_fixes_the_range_and_negatives_get_room(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["sl"], y_max=100.0)
    for i, value in enumerate([40.0, 95.0, 100.0, 55.0]):
        chart.append(T0 + i * 5, [value])
        chart.refresh()
        assert chart.y_limits == (0.0, 100.0)
    other = make_chart(["delta"])
    other.append(T0, [-7.0])
    other.append(T0 + 5, [3.0])
    other.refresh()
    assert other.y_limits == (-10.0, 4.0)


def test_nan_leaves_a_gap_not_a_broken_range(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["sl"])
    for i, value in enumerate([80.0, math.nan, 90.0]):
        chart.append(T0 + i, [value])
    chart.refresh()
    assert chart.y_limits == (0.0, 150.0)
    assert chart.curves[0].opts["connect"] == "finite"
    assert not chart.curves[0].opts["skipFiniteCheck"]


# ------------------------------------------------------------------ stacked
def test_stacked_curves_are_cumulative(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["q1", "q2", "q3"], stacked=True)
    t = T0 + np.arange(4) * 5.0
    values = np.array([[1, 2, 3], [2, 0, 1], [0, 0, 0], [4, 1, math.nan]], dtype=float)
    chart.set_history(t, values)
    chart.refresh()
    tops = [chart.curves[i].getData()[1] for i in range(3)]
    np.testing.assert_array_equal(tops[0], [1, 2, 0, 4])
    np.testing.assert_array_equal(tops[1], [3, 2, 0, 5])
    np.testing.assert_array_equal(tops[2], [6, 3, 0, 5])  # a missing value counts as 0
    np.testing.assert_array_equal(chart.curves[2].getData()[0], t)
    assert chart.y_limits == (0.0, 8.0)
    for curve in chart.curves:  # each band is filled, down to the band below
        assert curve.fill is not None
        assert curve.fill.isVisible()
        assert not curve.fill.path().isEmpty()
        assert curve.fill.brush().color().alpha() < 255
    band = chart.curves[1].fill.path().boundingRect()
    assert band.top() == pytest.approx(0.0)  # the lowest edge of band 2 is band 1's lowest top (0)
    assert band.bottom() == pytest.approx(5.0)

    chart.set_series_visible("q2", False)  # a hidden series leaves the stack
    assert not chart.curves[1].fill.isVisible()
    np.testing.assert_array_equal(chart.curves[2].getData()[1], [4, 3, 0, 4])


# ------------------------------------------------------------------ target line
def test_target_line_at_its_value(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["sl"])
    for i in range(10):
        chart.append(T0 + i, [30.0])
    chart.set_target(80.0, "target")
    chart.refresh()
    line = chart.target_line
    assert line.isVisible()
    assert line.value() == 80.0
    assert line.angle == 0
    assert line.pen.style() == Qt.PenStyle.DashLine
    assert line.label.toPlainText() == "target 80"
    assert chart.y_limits[1] >= 80 * 1.1  # the line is in view, with room above it
    assert line.getViewBox() is chart.plot.getPlotItem().vb

    chart.set_target(92.5, "{odd} label")  # braces are text, not a format
    assert line.label.toPlainText() == "{odd} label 92.5"
    chart.set_target(None)
    chart.refresh()
    assert not line.isVisible()
    assert chart.y_limits == (0.0, 40.0)


# ------------------------------------------------------------------ visibility
def test_series_visibility_toggles(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["small", "big"])
    for i in range(10):
        chart.append(T0 + i, [5.0, 50.0])
    chart.refresh()
    assert chart.y_limits == (0.0, 60.0)
    frames = chart.frames
    chart.set_series_visible("big", False)
    assert not chart.curves[1].isVisible()
    assert chart.frames == frames + 1  # redrawn at once
    assert chart.y_limits == (0.0, 6.0)  # the hidden series no longer sets the range
    chart.set_series_visible("big", True)
    assert chart.curves[1].isVisible()
    assert chart.y_limits == (0.0, 60.0)
    with pytest.raises(KeyError):
        chart.set_series_visible("nope", False)


# ------------------------------------------------------------------ clicks
def click_at(qtbot: QtBot, chart: LiveChart, x: float, y: float) -> None:
    """A real mouse click on the plot's viewport where the view coordinates (x, y) are drawn."""
    scene = chart.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.plot.mapFromScene(scene))


def test_point_clicked_emits_series_and_time(qtbot: QtBot, make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["low", "high"])
    for i in range(60):
        chart.append(T0 + i * 5, [10.0 + (i % 3), 40.0])
    chart.refresh()
    with qtbot.waitSignal(chart.point_clicked, timeout=2000) as blocker:
        click_at(qtbot, chart, T0 + 30 * 5 + 1, 40.0)
    assert blocker.args == ["high", T0 + 30 * 5]  # the nearest sample's time
    with qtbot.waitSignal(chart.point_clicked, timeout=2000) as blocker:
        click_at(qtbot, chart, T0 + 10 * 5, 11.0)
    assert blocker.args == ["low", T0 + 10 * 5]
    with qtbot.assertNotEmitted(chart.point_clicked, wait=50):
        click_at(qtbot, chart, T0 + 20 * 5, 25.0)  # between the lines, far from both


def test_point_clicked_inside_a_stacked_area(qtbot: QtBot, make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["q1", "q2"], stacked=True)
    t = T0 + np.arange(60) * 5.0
    chart.set_history(t, np.column_stack([np.full(60, 10.0), np.full(60, 20.0)]))
    chart.refresh()
    with qtbot.waitSignal(chart.point_clicked, timeout=2000) as blocker:
        click_at(qtbot, chart, t[20], 20.0)  # inside the upper band (10..30)
    assert blocker.args == ["q2", t[20]]
    with qtbot.waitSignal(chart.point_clicked, timeout=2000) as blocker:
        click_at(qtbot, chart, t[40], 3.0)
    assert blocker.args == ["q1", t[40]]


def test_hit_test_finds_steep_segments_between_samples(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["step"], window_s=None)
    chart.set_history([T0, T0 + 100], [[0.0], [100.0]])
    chart.refresh()
    assert chart.series_at(T0 + 50, 50.0) == (0, T0)  # on the diagonal between the two samples
    assert chart.series_at(T0 + 50, 99.0) is None


# ------------------------------------------------------------------ frames
def test_refresh_is_a_no_op_when_not_dirty(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["a"])
    chart.refresh()  # showing and resizing mark the chart dirty
    changed: list[object] = []
    chart.curves[0].sigPlotChanged.connect(lambda *_: changed.append(1))
    frames = chart.frames
    chart.refresh()
    assert chart.frames == frames
    chart.append(T0, [1.0])
    chart.refresh()
    chart.refresh()
    chart.refresh()
    assert chart.frames == frames + 1
    assert len(changed) == 1
    chart.append(T0 + 1, [2.0])
    chart.refresh()
    assert chart.frames == frames + 2
    assert len(changed) == 2


def test_the_timer_draws(qtbot: QtBot) -> None:
    chart = LiveChart("t", ["a"], fps=50)
    qtbot.addWidget(chart)
    chart.append(T0, [1.0])
    qtbot.waitUntil(lambda: chart.frames == 1, timeout=2000)
    chart.stop()


def test_clear_and_history(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["a", "b"], capacity=100)
    chart.set_history(T0 + np.arange(150.0), np.ones((150, 2)) * [3.0, 30.0])
    chart.refresh()
    x, y = chart.curves[1].getData()
    assert x[-1] == T0 + 149
    assert x.size == 100  # the capacity
    assert y[0] == 30.0
    chart.clear()
    assert chart.curves[0].getData()[0].size == 0
    assert chart.y_limits == (0.0, 1.0)
    chart.append(T0 + 200, [1.0, 2.0])
    chart.refresh()
    assert chart.curves[1].getData()[1].tolist() == [2.0]


def test_long_windows_are_downsampled_keeping_the_newest_sample(make_chart: Callable[..., LiveChart]) -> None:
    chart = make_chart(["a"], capacity=50_000, window_s=None)
    n = 40_000
    values = np.sin(np.arange(n) / 500.0)
    values[12_345] = 9.0  # a spike survives peak downsampling
    chart.set_history(T0 + np.arange(n, dtype=float), values[:, None])
    chart.refresh()
    x, y = chart.curves[0].getData()
    assert x.size < 4 * chart.plot.width()
    assert x[-1] == pytest.approx(T0 + n - 1, abs=50)
    assert y.max() == 9.0
    xs, ys = peak_downsample(np.arange(10.0), np.arange(10.0), 3)
    assert ys.tolist() == [3, 1, 6, 4, 9, 7]  # groups end at the newest sample
    assert xs.tolist() == [2, 2, 5, 5, 8, 8]


# ------------------------------------------------------------------ ring buffer
def test_ring_buffer_views_stay_valid() -> None:
    buf = RingBuffer(5, 2)
    for i in range(5):
        buf.append(float(i), [i, 10 * i])
    t, v = buf.view()
    assert v.shape == (2, 5)
    assert not t.flags.writeable
    kept = t.copy()
    for i in range(5, 40):  # overflows the spare room several times
        buf.append(float(i), [i, 10 * i])
    np.testing.assert_array_equal(t, kept)  # never written again
    t2, v2 = buf.arrays()
    assert t2.tolist() == [35, 36, 37, 38, 39]
    assert v2.shape == (5, 2)
    assert v2[:, 1].tolist() == [350, 360, 370, 380, 390]
    buf.extend([40.0, 41.0], [[40, 400], [41, 410]])
    assert buf.view()[0].tolist() == [37, 38, 39, 40, 41]
    buf.replace(np.arange(3.0), np.zeros((3, 2)))
    assert buf.view()[0].tolist() == [0, 1, 2]
    np.testing.assert_array_equal(t, kept)
    buf.clear()
    assert len(buf) == 0
    with pytest.raises(ValueError, match="capacity"):
        RingBuffer(0, 1)
