"""TaskRunner: backend calls run off the GUI thread and report back on it, over real HTTP."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from api_client.errors import NotFound
from console.qt.tasks import TaskRunner
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
