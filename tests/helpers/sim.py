"""A simulator child process on a free loopback port: the real server the tests talk to."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from api_client.models import Snapshot
from api_client.native import NativeBackend
from console.infra.demo import stop_process

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

    def snapshot(self) -> Snapshot:
        """The server's snapshot now, read by a supervisor's client."""
        backend = self.client()
        try:
            return backend.snapshot()
        finally:
            backend.close()

    def client(self, role: str = "supervisor", **kw: object) -> NativeBackend:
        return NativeBackend(self.url, self.tokens[role], **kw)  # type: ignore[arg-type]


def make_sim(tmp: Path, *args: str) -> SimServer:
    return SimServer(db=tmp / "sim.sqlite", args=["--reset", "--start", START, *args]).start()
