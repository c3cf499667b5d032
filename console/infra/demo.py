"""Start the built-in simulator as a child process on a free loopback port (for ``--demo``)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)
READY_TIMEOUT_S = 60.0


@dataclass
class DemoOptions:
    seed: int = 1
    speed: float = 10.0
    scenario: str = "normal"
    agents: int = 60
    start: str | None = None
    role: str = "supervisor"  # whose token the console uses: supervisor, team_lead, qa_reviewer or viewer


class DemoServer:
    """The simulator child process; :meth:`start` blocks until it is ready (call it off the GUI thread)."""

    def __init__(self, options: DemoOptions, data_dir: Path | None = None) -> None:
        self.options = options
        self.data_dir = data_dir or Path(platformdirs.user_data_dir("supervisor-console"))
        self.process: subprocess.Popen[str] | None = None
        self.url = ""
        self.tokens: dict[str, str] = {}
        self._lock = threading.Lock()
        self._start_lock = threading.Lock()

    def start(self) -> tuple[str, str]:
        """Launch (once; later calls reuse the running server), wait until ready, return (url, token for the role)."""
        with self._start_lock:
            if not self.tokens or self.process is None or self.process.poll() is not None:
                self._launch()
            return self.url, self.tokens[self.options.role]

    def _launch(self) -> None:
        o = self.options
        db = self.data_dir / "demo.sqlite"
        # A frozen (PyInstaller) app has no interpreter: its executable runs the simulator itself.
        simulator = [sys.executable, "--run-simulator"] if getattr(sys, "frozen", False) else [
            sys.executable, "-m", "simulator"]
        cmd = [*simulator, "--host", "127.0.0.1", "--port", "0", "--reset",
               "--ready-json", "--exit-with-parent", "--db", str(db), "--seed", str(o.seed), "--speed", str(o.speed),
               "--scenario", o.scenario, "--agents", str(o.agents)]
        if o.start:
            cmd += ["--start", o.start]
        log.info("starting the simulator: %s", " ".join(cmd))
        with self._lock:
            self.process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                            stdin=subprocess.DEVNULL, text=True)
        line = _readline(self.process, READY_TIMEOUT_S)
        if not line:
            code = self.process.poll()
            self.stop()
            raise RuntimeError(f"the simulator did not start (exit code {code})")
        ready = json.loads(line)
        self.url = ready["url"]
        self.tokens = json.loads(Path(ready["tokens_file"]).read_text(encoding="utf-8"))

    def stop(self) -> None:
        with self._lock:
            proc, self.process = self.process, None
        if proc is not None:
            stop_process(proc, timeout=5)


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
