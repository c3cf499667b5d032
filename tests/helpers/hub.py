"""A hub child process (``python -m hub serve``) following an upstream, on a free loopback port."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from api_client.native import NativeBackend
from console.infra.demo import stop_process
from tests.helpers.sim import SimServer, make_sim

ROLES = ("supervisor", "team_lead", "qa_reviewer", "viewer")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A hub database URL: a SQLite file, then a new database on the session's PostgreSQL (``pg_cluster``)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite'}"
    return str(request.getfixturevalue("pg_cluster").new_database())


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[SimServer]:
    """The hub's upstream: a paused simulator of the test's own (the session's shared one stays untouched)."""
    server = make_sim(tmp_path, "--speed", "0", "--seed", "5")
    yield server
    server.stop()


def hub_cli(db: str, *args: str) -> str:
    """Run ``supervisor-hub --db DB ARGS`` and return what it printed."""
    run = subprocess.run([sys.executable, "-m", "hub", "--db", db, *args], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


@dataclass
class HubServer:
    """A hub process: its URL, one user's token per role, its database URL."""

    db: str
    upstream_kind: str
    upstream_url: str
    upstream_token: str
    log: Path
    port: int = 0
    url: str = ""
    tokens: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[str] | None = None

    def add_users(self) -> HubServer:
        self.tokens = {role: hub_cli(self.db, "users", "add", f"u-{role}", "--role", role).strip() for role in ROLES}
        return self

    def start(self, *args: str) -> HubServer:
        env = dict(os.environ, SUPERVISOR_HUB_UPSTREAM_TOKEN=self.upstream_token)
        cmd = [sys.executable, "-m", "hub", "--db", self.db, "serve", "--upstream-kind", self.upstream_kind,
               "--upstream-url", self.upstream_url, "--port", str(self.port), "--ready-json", *args]
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line:
            raise RuntimeError(f"the hub did not start: {self.log.read_text()[-3000:]}")
        self.url = json.loads(line)["url"]
        self.port = int(self.url.rsplit(":", 1)[1])
        return self

    def kill(self) -> None:
        """kill -9: no chance to finish anything."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self._close()

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self._close()

    def _close(self) -> None:
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None

    def client(self, role: str = "team_lead", **kw: object) -> NativeBackend:
        return NativeBackend(self.url, self.tokens[role], **kw)  # type: ignore[arg-type]
