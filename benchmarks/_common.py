"""Helpers shared by benchmarks (not a benchmark itself): a simulator child process, stats, the summary line."""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

from api_client.native import NativeBackend
from console.infra.demo import stop_process

ROOT = Path(__file__).resolve().parents[1]
START = "2026-11-23T10:00:00+00:00"  # a Monday, mid-morning: agents on shift
READY_TIMEOUT_S = 120.0


class SimProcess:
    """A paused simulator (``--speed 0``) in a child process with its own temporary database.

    Use as a context manager; ``client()`` gives a :class:`NativeBackend` for a role.
    The child's log goes to a file in the temporary directory (a pipe nobody reads could fill up and block it).
    """

    def __init__(self, *, agents: int, open_tickets: int = 0, seed: int = 1, start: str = START,
                 extra: Sequence[str] = ()) -> None:
        self.args = ["--speed", "0", "--seed", str(seed), "--start", start, "--agents", str(agents),
                     "--open-tickets", str(open_tickets), *extra]
        self.url = ""
        self.tokens: dict[str, str] = {}
        self.proc: subprocess.Popen[str] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._log: TextIO | None = None

    def __enter__(self) -> SimProcess:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, tp: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-sim-")
        tmp = Path(self._tmp.name)
        self._log = (tmp / "sim.log").open("w+", encoding="utf-8")
        cmd = [sys.executable, "-m", "simulator", "--host", "127.0.0.1", "--port", "0", "--db", str(tmp / "sim.sqlite"),
               "--reset", "--ready-json", *self.args]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self._log, text=True)
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()),  # type: ignore[union-attr]
                                  name="sim-ready", daemon=True)
        reader.start()
        reader.join(READY_TIMEOUT_S)
        if not line or not line[0]:
            raise RuntimeError(f"simulator did not start within {READY_TIMEOUT_S:.0f} s: {self.log_tail()}")
        ready = json.loads(line[0])
        self.url = ready["url"]
        self.tokens = json.loads(Path(ready["tokens_file"]).read_text(encoding="utf-8"))

    def log_tail(self, chars: int = 2000) -> str:
        if self._log is None or self._log.closed:
            return ""
        self._log.flush()
        self._log.seek(0)
        return self._log.read()[-chars:]

    def diagnose(self) -> str:
        """For an error message: is the child still running, and the tail of its log."""
        code = self.proc.poll() if self.proc is not None else None
        state = "running" if self.proc is not None and code is None else f"exited with code {code}"
        return f"simulator {state}; log tail:\n{self.log_tail()}"

    def client(self, role: str = "supervisor") -> NativeBackend:
        return NativeBackend(self.url, self.tokens[role])

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            stop_process(proc, timeout=15)
            if proc.stdout is not None:
                proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def fmt(value: float | int) -> str:
    """A number for the summary line: ints as they are, floats to 3 significant digits, never in e-notation."""
    if isinstance(value, int):
        return str(value)
    if value == 0 or not math.isfinite(value):
        return str(value)
    digits = math.floor(math.log10(abs(value))) + 1
    return f"{value:.{max(0, 3 - digits)}f}"


def summary(name: str, **values: float | int) -> str:
    """The one closing line: ``name: key=value key=value ...``."""
    return f"{name}: " + " ".join(f"{k}={fmt(v)}" for k, v in values.items())


def wait_until(app: object, condition: Callable[[], bool], timeout: float) -> bool:
    """Run the Qt event loop of ``app`` until ``condition()`` holds; False if ``timeout`` passes first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    return True
