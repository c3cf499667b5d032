"""TaskRunner: backend calls run off the GUI thread and report back on it, over real HTTP."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from api_client.errors import NotFound
from console.qt.crash import CrashReporter
from console.qt.tasks import TaskRunner, Tasks
from tests.helpers.sim import SimServer


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot, sim: SimServer) -> None:
    runner = TaskRunner(lambda: sim.client())
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []
    runner.submit(lambda b: (threading.get_ident(), b.whoami().role),
                  on_done=lambda v: seen.append(("done", v, threading.get_ident())))
    runner.submit(lambda b: b.ticket(10**9), on_error=lambda e: seen.append(("error", e, threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    runner.shutdown()
    done = next(v for k, v, _ in seen if k == "done")
    error = next(v for k, v, _ in seen if k == "error")
    assert done[0] != gui, "the call ran on the GUI thread"
    assert done[1] == "supervisor"
    assert isinstance(error, NotFound)
    assert all(thread == gui for _, _, thread in seen), "callbacks must run on the GUI thread"


def test_no_callback_after_the_owner_is_gone(qtbot: QtBot, sim: SimServer) -> None:
    runner = TaskRunner(lambda: sim.client())
    owner = QWidget()
    seen: list[object] = []
    gate = threading.Event()

    def slow(b):
        gate.wait(5)
        return b.whoami()

    future = runner.submit(slow, on_done=seen.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5_000)
    gate.set()
    future.result(timeout=10)
    qtbot.wait(100)
    runner.shutdown()
    assert seen == []


def test_a_worker_bug_reaches_the_crash_reporter_not_on_error(qtbot: QtBot, sim: SimServer, tmp_path, caplog) -> None:
    runner = TaskRunner(lambda: sim.client())
    reporter = CrashReporter(tmp_path / "console.log")
    reporter.install()
    errors: list[Exception] = []
    try:
        task = runner.submit(lambda b: b.whoami(42), on_error=errors.append)  # a TypeError: a bug, not the network
        qtbot.waitUntil(lambda: reporter.errors == 1, timeout=10_000)
        assert isinstance(task.exception(timeout=5), TypeError)
        qtbot.wait(100)
        assert errors == [], "a bug must not be shown as a failed call"
        assert [(r.name, r.exc_info[0]) for r in caplog.records if r.exc_info] == [("console.qt.crash", TypeError)]
    finally:
        reporter.uninstall()
        runner.shutdown()


def test_quitting_with_a_call_in_flight_returns_within_the_bound(qtbot: QtBot, sim: SimServer) -> None:
    runner = TaskRunner(lambda: sim.client(), workers=1)
    started, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def stuck(b):
        b.whoami()
        started.set()
        release.wait(30)  # stands for a snapshot that takes its full 120 s timeout
        return "late"

    runner.submit(stuck, on_done=seen.append)
    runner.submit(lambda b: b.whoami(), on_done=seen.append)  # queued behind it: cancelled, never run
    assert started.wait(10)
    began = time.monotonic()
    runner.shutdown(timeout=1.0)
    took = time.monotonic() - began
    release.set()
    qtbot.wait(200)
    assert took < 2.0, f"quitting waited {took:.1f} s for a call in flight"
    assert seen == [], "nothing is delivered after shutdown"


def test_a_newer_task_with_the_same_key_cancels_the_older(qtbot: QtBot) -> None:
    tasks = Tasks()
    gate = threading.Event()
    seen: list[str] = []
    first = tasks.run(lambda token: (gate.wait(5), "old")[1], on_done=seen.append, key="k")
    tasks.run(lambda token: "new", on_done=seen.append, key="k", pool="cpu")
    assert first.token.cancelled
    gate.set()
    qtbot.waitUntil(lambda: seen == ["new"], timeout=5_000)
    qtbot.wait(100)
    tasks.shutdown()
    assert seen == ["new"]
