"""View > Theme: light, dark or the system's, applied live to the palette, the style sheet and the charts, and
remembered for the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.infra import settings
from console.ui.main_window import MainWindow
from console.ui.theme import ThemeController, resolve
from widgets import theme as themes
from widgets.live_chart import LiveChart
from widgets.theme import DARK, LIGHT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_state(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette, style sheet and theme put back after the test (other tests draw in light)."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    themes.set_current(LIGHT)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def commonest(image: QImage, x: int, y: int, w: int, h: int) -> str:
    """The most frequent colour in a rectangle of ``image`` (a chart's background, whatever it draws on it)."""
    counts = Counter(image.pixelColor(i, j).name() for i in range(x, x + w, 3) for j in range(y, y + h, 3))
    return counts.most_common(1)[0][0]


def chart_background(window: MainWindow, chart: LiveChart) -> str:
    image = window.grab().toImage()
    origin = chart.mapTo(window, QPoint(0, 0))
    return commonest(image, origin.x(), origin.y(), chart.width(), chart.height())


def test_the_system_scheme_picks_the_theme_and_unknown_is_light() -> None:
    assert resolve("system", Qt.ColorScheme.Dark) is DARK
    assert resolve("system", Qt.ColorScheme.Light) is LIGHT
    assert resolve("system", Qt.ColorScheme.Unknown) is LIGHT  # the platform does not say: light
    assert resolve("light", Qt.ColorScheme.Dark) is LIGHT
    assert resolve("dark", Qt.ColorScheme.Light) is DARK


def test_switching_the_theme_restyles_the_window_and_charts_live_and_the_next_start_keeps_it(
        qtbot: QtBot, app_state: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    controller = ThemeController(app_state, None, save=lambda mode: settings.remember(theme=mode))
    assert controller.mode == "system"
    scheme = QGuiApplication.styleHints().colorScheme()
    assert controller.theme is (DARK if scheme == Qt.ColorScheme.Dark else LIGHT)
    window = MainWindow(None, theme_mode=controller.mode)
    qtbot.addWidget(window)
    window.theme_requested.connect(controller.choose)
    window.show_page("dashboard")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    chart = window.dashboard.risk_chart
    assert window.theme_actions["system"].isChecked()

    window.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: chart_background(window, chart) == LIGHT.window)
    assert window.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window

    window.theme_actions["dark"].trigger()  # live: no restart, no new window
    assert window.theme_actions["dark"].isChecked()
    assert themes.current() is DARK
    assert window.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert window.palette().color(QPalette.ColorRole.Text).name() == DARK.text
    qtbot.waitUntil(lambda: chart_background(window, chart) == DARK.window)
    assert chart.plot.getAxis("left").textPen().color().name() == DARK.axis_text
    assert chart.curves[0].opts["pen"].color().name() == DARK.series[0].lower()
    assert DARK.tile in app_state.styleSheet()
    assert LIGHT.tile not in app_state.styleSheet()
    assert settings.load()[0].theme == "dark"

    # The next start, as a user runs it: the window opens dark without being asked.
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen")
    shot = tmp_path / "next-start.png"
    result = subprocess.run([sys.executable, "-m", "console", "--demo", "--screenshot", str(shot),
                             "--quit-after", "5"], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(shot))
    assert commonest(image, 0, 0, image.width(), image.height()) in (DARK.window, DARK.tile)
    assert json.loads((tmp_path / "config" / "supervisor-console" / "settings.json").read_text())["theme"] == "dark"

    window.theme_actions["system"].trigger()
    assert themes.current() is resolve("system", QGuiApplication.styleHints().colorScheme())
    assert settings.load()[0].theme == "system"
