"""Two simulators, or two demo consoles, on one machine (issue 15, item 10; issue 16, the demo server that dies).

No process deletes a database another one has open, ``--reset`` waits until the port is bound, two demos at once
each work on a database of their own, and a demo child that ends by itself is reaped and reported.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from api_client import contract
from console.infra.demo import DemoOptions, DemoServer
from simulator.dblock import EXIT_IN_USE, in_use
from tests.helpers.sim import START, SimServer, make_sim

API = contract.API_PREFIX


def _sim(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``supervisor-sim`` on ``db`` to its end (it ends at once when it refuses)."""
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--db", str(db), "--speed", "0", "--start", START, "--ready-json", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _me(server: SimServer) -> int:
    return requests.get(
        f"{server.url}{API}/me", headers={"Authorization": f"Bearer {server.tokens['supervisor']}"}, timeout=10
    ).status_code


def test_reset_refuses_a_database_another_simulator_has_open(tmp_path: Path) -> None:
    first = make_sim(tmp_path, "--speed", "0")
    try:
        inode = first.db.stat().st_ino
        second = _sim(first.db, "--port", "0", "--reset")
        assert second.returncode == EXIT_IN_USE
        assert "in use by another simulator" in second.stderr
        assert str(first.proc.pid if first.proc else "") in second.stderr  # names the holder
        assert first.db.stat().st_ino == inode  # not deleted and replaced
        assert _me(first) == 200  # the first one still knows its own token
    finally:
        first.stop()
    assert not in_use(first.db)  # released on exit


def test_reset_leaves_the_database_alone_when_it_cannot_bind_its_port(tmp_path: Path) -> None:
    server = make_sim(tmp_path, "--speed", "0")
    server.stop()
    before = server.db.stat()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = _sim(server.db, "--port", str(taken.getsockname()[1]), "--reset")
    assert result.returncode == 2
    assert "cannot listen" in result.stderr
    after = server.db.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (before.st_ino, before.st_size, before.st_mtime_ns)
    server.restart()  # the centre is still there, tokens and all
    assert _me(server) == 200
    server.stop()


def _demo(tmp_path: Path, **kw: object) -> DemoServer:
    return DemoServer(DemoOptions(speed=0, agents=20, start=START), data_dir=tmp_path, **kw)  # type: ignore[arg-type]


def test_two_demo_consoles_at_once_each_work_on_their_own_database(tmp_path: Path) -> None:
    first, second = _demo(tmp_path), _demo(tmp_path)
    try:
        url1, token1 = first.start()
        url2, token2 = second.start()
        assert first.db != second.db
        assert url1 != url2
        for url, token in ((url1, token1), (url2, token2)):  # each keeps its own token, before and after
            r = requests.get(f"{url}{API}/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)
            assert r.status_code == 200
        assert in_use(first.db)  # type: ignore[arg-type]
        assert in_use(second.db)  # type: ignore[arg-type]
    finally:
        first.stop()
        second.stop()


def test_a_demo_server_that_dies_is_reaped_and_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ended: list[int] = []
    done = threading.Event()
    demo = _demo(tmp_path, on_exit=lambda code: (ended.append(code), done.set()))
    try:
        _, token = demo.start()
        assert demo.process is not None
        pid = demo.process.pid
        os.kill(pid, signal.SIGKILL)
        assert done.wait(10), "on_exit was not called"
        assert ended == [-signal.SIGKILL]
        assert not Path(f"/proc/{pid}").exists()  # reaped: no zombie left behind
        # Started again, it reopens its own database (no reset): the same centre, the same tokens.
        url2, token2 = demo.start()
        assert token2 == token
        assert (
            requests.get(f"{url2}{API}/me", headers={"Authorization": f"Bearer {token2}"}, timeout=10).status_code
            == 200
        )
    finally:
        demo.stop()
    time.sleep(0.2)
    assert ended == [-signal.SIGKILL]  # a stop asked for is not reported
    assert caplog.text.count("the demo simulator ended by itself (exit code -9)") == 1  # the log says it, once
