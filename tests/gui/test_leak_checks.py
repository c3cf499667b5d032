"""The suite's own guards can fail: the leak census and the log-fail handler see what they are meant to see."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers import leaks
from tests.helpers.leaks import LeakCheck
from tests.helpers.logfail import LogFailHandler


def test_a_thread_of_ours_left_running_is_a_leak(qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(leaks, "THREAD_GRACE_S", 0.1)
    census = LeakCheck()
    release = threading.Event()
    worker = threading.Thread(target=release.wait, name="sync-worker", daemon=True)
    worker.start()
    try:
        assert any("thread 'sync-worker'" in leak for leak in census.leaks())
    finally:
        release.set()
        worker.join()
    assert census.leaks() == []


def test_a_running_timer_and_an_open_window_are_leaks(qtbot: QtBot) -> None:
    census = LeakCheck()
    label = QLabel("left open")
    timer = QTimer(label)
    timer.start(60_000)
    label.show()
    found = census.leaks()
    assert any(leak.startswith("QTimer of QLabel still active") for leak in found), found
    assert any("top-level widget left open: PySide6.QtWidgets.QLabel" in leak for leak in found), found
    label.close()
    label.deleteLater()
    assert census.leaks() == []


def test_unexpected_log_lines_are_kept_and_others_are_not() -> None:
    handler = LogFailHandler()
    for name, level in (("console.qt.sync", logging.WARNING), ("urllib3.connectionpool", logging.WARNING),
                        ("urllib3.connectionpool", logging.ERROR), ("api_client.feed", logging.INFO)):
        handler.handle(logging.LogRecord(name, level, __file__, 1, "message", None, None))
    assert [(r.name, r.levelno) for r in handler.take()] == [("console.qt.sync", logging.WARNING),
                                                             ("urllib3.connectionpool", logging.ERROR)]
    assert handler.take() == []
