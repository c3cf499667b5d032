"""The status bar while a hostile server asks the console to wait for days (issue 15, item 4)."""

from __future__ import annotations

import re
import time
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import MAX_RETRY_AFTER, FeedState
from api_client.native import NativeBackend
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow
from tests.helpers import hostile as h


def test_a_429_wait_is_shown_capped_with_its_retry_time(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with h.HostileServer() as server:
        server.on("/api/v1/snapshot", h.rate_limited("999999"))  # 11.6 days
        sync = SyncController(lambda: NativeBackend(server.url, "token"))
        window = MainWindow(sync)
        qtbot.addWidget(window)
        window.show()
        sync.start()
        qtbot.waitUntil(lambda: window.status.state is FeedState.RECONNECTING, timeout=10_000)
        window.refresh()
        text = window.connection.text()
        match = re.fullmatch(r"▲ Server asked to wait (.+), retrying at (\d\d:\d\d:\d\d)", text)
        assert match, text
        assert match[1] == "5 min"
        due = time.time() + MAX_RETRY_AFTER
        assert match[2] in {datetime.fromtimestamp(due + d).strftime("%H:%M:%S") for d in range(-3, 2)}
        started = time.monotonic()
        window.close()  # stops the worker in its five-minute wait
        qtbot.waitUntil(lambda: window.status.state is FeedState.STOPPED, timeout=5_000)
        assert time.monotonic() - started < 2
    assert "retrying in 300.0 s" in caplog.text
