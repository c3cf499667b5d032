"""Start the built-in simulator as a child process on a free loopback port (for ``--demo``).

Each demo console has a database of its own: the first of ``demo.sqlite``, ``demo-2.sqlite``, ... that no other
simulator has open (:mod:`simulator.dblock`), built afresh (``--reset``) only then; two demos at once each work.
A child that ends by itself is reaped at once and reported to ``on_exit``; started again, it comes back on the same
database and port, so clients made for the first one (their URL, their token) work on.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from simulator.dblock import EXIT_IN_USE, in_use

log = logging.getLogger(__name__)
READY_TIMEOUT_S = 60.0
SLOTS = 8  # demo databases: as many demo consoles at once


@dataclass
class DemoOptions:
    seed: int = 1
    speed: float = 10.0
    scenario: str = "normal"
    agents: int = 60
    start: str | None = None
    role: str = "supervisor"  # whose token the console uses: supervisor, team_lead, qa_reviewer or viewer


class DemoServer:
    """The simulator child process; :meth:`start` blocks until it is ready (call it off the GUI thread).

    ``on_exit`` is called (from a watcher thread) with the exit code when the child ends without :meth:`stop`.
    """

    def __init__(self, options: DemoOptions, data_dir: Path | None = None,
                 on_exit: Callable[[int], None] | None = None) -> None:
        self.options = options
        self.data_dir = data_dir or Path(platformdirs.user_data_dir("supervisor-console"))
        self.on_exit = on_exit
        self.process: subprocess.Popen[str] | None = None
        self.db: Path | None = None  # this demo's database, chosen at the first start
        self.url = ""
        self.tokens: dict[str, str] = {}
        self._lock = threading.Lock()
        self._start_lock = threading.Lock()

    def start(self) -> tuple[str, str]:
        """Launch (once; later calls reuse the running server, or start a stopped one again on the same database
        without resetting it), wait until ready, return (url, token for the role)."""
        with self._start_lock:
            if not self.tokens or self.process is None or self.process.poll() is not None:
                self._launch()
            return self.url, self.tokens[self.options.role]

    def _free_database(self) -> Path:
        for n in range(1, SLOTS + 1):
            db = self.data_dir / ("demo.sqlite" if n == 1 else f"demo-{n}.sqlite")
            if not in_use(db):
                return db
        raise RuntimeError(f"{SLOTS} demo simulators are running already; close one")

    def _launch(self) -> None:
        for _ in range(SLOTS):
            fresh = self.db is None or in_use(self.db)
            if fresh:
                self.db = self._free_database()
            assert self.db is not None
            code = self._run(self.db, reset=fresh)
            if code is None:
                return
            if code != EXIT_IN_USE:  # another demo took the database between the check and the start: next one
                raise RuntimeError(f"the simulator did not start (exit code {code})")
            self.db = None
        raise RuntimeError("no free demo database")

    def _run(self, db: Path, reset: bool) -> int | None:
        """Start the simulator on ``db`` (on the port it had before, if any); None once it is ready, else its exit
        code."""
        o = self.options
        port = self.url.rsplit(":", 1)[1] if self.url and not reset else "0"
        # A frozen (PyInstaller) app has no interpreter: its executable runs the simulator itself.
        simulator = [sys.executable, "--run-simulator"] if getattr(sys, "frozen", False) else [
            sys.executable, "-m", "simulator"]
        cmd = [*simulator, "--host", "127.0.0.1", "--port", port, *(["--reset"] if reset else []),
               "--ready-json", "--exit-with-parent", "--db", str(db), "--seed", str(o.seed), "--speed", str(o.speed),
               "--scenario", o.scenario, "--agents", str(o.agents)]
        if o.start:
            cmd += ["--start", o.start]
        log.info("starting the simulator: %s", " ".join(cmd))
        with self._lock:
            self.process = proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                                   stdin=subprocess.DEVNULL, text=True)
        line = _readline(proc, READY_TIMEOUT_S)
        if not line:
            self.stop()
            return -1 if proc.returncode is None else proc.returncode
        ready = json.loads(line)
        self.url = ready["url"]
        self.tokens = json.loads(Path(ready["tokens_file"]).read_text(encoding="utf-8"))
        threading.Thread(target=self._watch, args=(proc,), name="demo-watch", daemon=True).start()
        return None

    def _watch(self, proc: subprocess.Popen[str]) -> None:
        """Wait for (and so reap) the child; tell ``on_exit`` if it ended without :meth:`stop`."""
        code = proc.wait()
        _close_pipe(proc)
        with self._lock:
            unexpected = self.process is proc
            if unexpected:
                self.process = None
        if unexpected:
            log.error("the demo simulator ended by itself (exit code %d)", code)
            if self.on_exit is not None:
                self.on_exit(code)

    def stop(self) -> None:
        with self._lock:
            proc, self.process = self.process, None
        if proc is not None:
            stop_process(proc, timeout=5)
            _close_pipe(proc)


def _close_pipe(proc: subprocess.Popen[str]) -> None:
    if proc.stdout is not None:
        proc.stdout.close()


def stop_process(proc: subprocess.Popen[Any], timeout: float = 10.0) -> None:
    """Ask ``proc`` to end (SIGTERM) and wait; kill it if it has not ended within ``timeout`` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _readline(proc: subprocess.Popen[str], timeout: float) -> str:
    """One stdout line, or '' if the process ends or ``timeout`` passes first.

    A plain thread, not :mod:`console.qt.tasks`: this module is Qt-free (infra), a pipe read cannot be cancelled,
    and a reader that never returns must not hold a pool thread; it dies with the process.
    """
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(proc.stdout.readline() if proc.stdout else ""),
                              daemon=True)
    reader.start()
    reader.join(timeout)
    return result[0].strip() if result else ""

