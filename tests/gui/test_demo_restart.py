"""The built-in demo server dies (kill -9): the window says so, reaps it, and Restart brings it back Live on
the same centre (issue 16)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from api_client.native import NativeBackend
from console.infra.demo import DemoOptions, DemoServer
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.main_window import MainWindow
from tests.helpers.sim import START


def test_a_killed_demo_server_is_reported_and_restarted_from_the_keyboard(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    window: MainWindow | None = None
    demo = DemoServer(DemoOptions(speed=0, agents=20, start=START), data_dir=tmp_path,
                      on_exit=lambda code: window.demo_ended.emit(code) if window is not None else None)

    def connect() -> NativeBackend:
        url, token = demo.start()
        return NativeBackend(url, token)

    sync = SyncController(connect)
    tasks = TaskRunner(connect)
    window = MainWindow(sync, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    try:
        sync.start()
        qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE and sync.has_data, timeout=60_000)
        assert window.connection.text() == "● Live"
        assert demo.process is not None
        pid, url = demo.process.pid, demo.url
        db = demo.db
        os.kill(pid, signal.SIGKILL)

        qtbot.waitUntil(lambda: window.demo_bar.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: window.status.state is FeedState.STOPPED, timeout=10_000)  # no retrying for ever
        window.refresh()
        assert window.connection.text() == "■ The built-in demo server stopped"
        assert window.demo_text.text().startswith("■ The built-in demo server stopped (exit code -9).")
        assert "cannot be reached" not in window.demo_text.text() + window.connection.text()
        assert not window.banner.isVisible()  # one message, not two
        assert not Path(f"/proc/{pid}").exists()  # reaped: no zombie
        assert window.restart_button.isVisible()
        assert window.reconnect_action.isEnabled()

        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the keyboard: File > Reconnect
        qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE, timeout=60_000)
        window.refresh()
        assert window.connection.text() == "● Live"
        assert not window.demo_bar.isVisible()
        assert demo.process is not None
        assert demo.process.pid != pid
        assert (demo.url, demo.db) == (url, db)  # the same centre on the same address: every client works on
        assert tasks.submit(lambda b: b.whoami()).result(10).role == "supervisor"
        assert caplog.text.count("the demo simulator ended by itself (exit code -9)") == 1
    finally:
        window.close()
        tasks.shutdown()
        sync.stop()
        demo.stop()
