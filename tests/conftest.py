"""Shared fixtures: headless Qt, isolated user dirs, and real simulator servers on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Before anything imports Qt: headless, English, and user dirs that are not the developer's.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
_HOME = Path(tempfile.mkdtemp(prefix="console-tests-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_HOME / var.lower())

from api_client.native import NativeBackend  # noqa: E402
from console.infra.demo import stop_process  # noqa: E402

START = "2026-11-23T10:00:00+00:00"  # a Monday, mid-morning: agents on shift


@dataclass
class SimServer:
    """A simulator child process: its URL, tokens and database."""

    db: Path
    args: list[str]
    port: int = 0
    url: str = ""
    tokens: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[str] | None = None

    def start(self) -> SimServer:
        cmd = [sys.executable, "-m", "simulator", "--host", "127.0.0.1", "--port", str(self.port),
               "--db", str(self.db), "--ready-json", *self.args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise RuntimeError(f"simulator did not start: {err[-2000:]}")
        ready = json.loads(line)
        self.url = ready["url"]
        self.port = int(self.url.rsplit(":", 1)[1])
        self.tokens = json.loads(Path(ready["tokens_file"]).read_text())
        return self

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()
        self.proc = None

    def restart(self) -> SimServer:
        """Stop and start again on the same port and database (tokens persist)."""
        self.stop()
        self.args = [a for a in self.args if a != "--reset"]
        return self.start()

    def client(self, role: str = "supervisor", **kw: object) -> NativeBackend:
        return NativeBackend(self.url, self.tokens[role], **kw)  # type: ignore[arg-type]


def make_sim(tmp: Path, *args: str) -> SimServer:
    return SimServer(db=tmp / "sim.sqlite", args=["--reset", "--start", START, *args]).start()


@pytest.fixture(scope="session")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """One shared simulator, paused (speed 0): time moves only through /sim/advance."""
    server = make_sim(tmp_path_factory.mktemp("sim"), "--speed", "0", "--seed", "7")
    yield server
    server.stop()


@pytest.fixture
def own_sim(tmp_path: Path) -> Iterator[SimServer]:
    """A simulator of the test's own, paused, that the test may stop and restart."""
    server = make_sim(tmp_path, "--speed", "0", "--seed", "3")
    yield server
    server.stop()


@pytest.fixture
def client(sim: SimServer) -> Iterator[NativeBackend]:
    backend = sim.client()
    yield backend
    backend.close()
