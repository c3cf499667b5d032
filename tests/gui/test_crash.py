"""Unexpected errors: logged with the traceback, a calm non-modal note with the log's path, the app keeps going."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from console.infra import log_setup
from console.qt.crash import CrashReporter


@pytest.fixture
def reporter(tmp_path: Path, qapp: QApplication) -> Iterator[CrashReporter]:
    log_path = log_setup.configure(tmp_path / "log")
    crash = CrashReporter(log_path)
    crash.install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()
    for handler in log_setup._handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()
    log_setup._handlers.clear()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_calmly(qtbot, reporter: CrashReporter, caplog) -> None:
    saved: list[bool] = []
    reporter.add_saver(lambda: saved.append(True))
    button = QPushButton("go")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def handler() -> None:
        clicks.append(1)
        raise KeyError("queue-42 token=abcdef123")

    button.clicked.connect(handler)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    dialog = reporter.dialog
    assert dialog is not None
    assert not dialog.isModal()
    assert reporter.open_button.isVisible()
    shown = dialog.text() + dialog.informativeText()
    assert str(reporter.log_path) in shown
    assert "Traceback" not in shown
    assert "KeyError" not in shown
    assert saved == [True]  # drafts were saved before the user saw anything
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "KeyError" in logged
    assert "abcdef123" not in logged  # redacted there too
    button.click()  # the app still works: the button reacts again
    assert clicks == [1, 1]
    qtbot.waitUntil(lambda: "2" in dialog.informativeText(), timeout=5000)
    assert reporter.dialog is dialog  # one note, not a pile of them
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING] == [
        ("console.qt.crash", "ERROR", "unexpected error")] * 2
    dialog.close()  # closes (a box that refused would also block quitting the app)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(qtbot, reporter: CrashReporter, caplog) -> None:
    worker = threading.Thread(target=lambda: 1 / 0, name="feed-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "unexpected error in thread feed-test" in logged
    assert "ZeroDivisionError" in logged
    assert "unexpected error in thread feed-test" in caplog.text


@pytest.mark.qt_no_exception_capture
def test_a_failing_saver_does_not_hide_the_note(qtbot, reporter: CrashReporter, caplog) -> None:
    reporter.add_saver(lambda: 1 / 0)
    QTimer.singleShot(0, lambda: [][1])
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    assert "saving after an unexpected error failed" in reporter.log_path.read_text(encoding="utf-8")
    assert "saving after an unexpected error failed" in caplog.text


def test_uninstall_restores_the_previous_hooks(qapp: QApplication, tmp_path: Path) -> None:
    before = sys.excepthook, threading.excepthook
    crash = CrashReporter(tmp_path / "console.log")
    crash.install()
    assert sys.excepthook == crash.excepthook
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
