"""A throw-away PostgreSQL cluster for the hub's tests: Debian's ``postgresql`` (scripts/ci-install-postgres.sh),
``initdb`` in a temporary directory and ``pg_ctl`` on a free loopback port, run as the ``postgres`` user when the
tests run as root (PostgreSQL refuses to run as root). Nothing is left running or on disk after :meth:`stop`."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's programs, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def unavailable_reason() -> str | None:
    """Why PostgreSQL cannot run here, or None when it can."""
    if bin_dir() is None:
        return "PostgreSQL is not installed (scripts/ci-install-postgres.sh)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run PostgreSQL as"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    """A running cluster; :meth:`new_database` gives each test a database of its own."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="hub-pg-")))
    port: int = field(default_factory=free_port)
    _names: itertools.count[int] = field(default_factory=itertools.count)

    def _run(self, *cmd: str) -> None:
        user = "postgres" if os.geteuid() == 0 else None
        subprocess.run(cmd, check=True, capture_output=True, text=True, user=user, timeout=120)

    def start(self) -> PgCluster:
        bindir = bin_dir()
        assert bindir is not None, unavailable_reason()
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        data = self.root / "data"
        self._run(str(bindir / "initdb"), "-D", str(data), "-U", "hub", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "log"), "-w",
                  "-t", "60", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://hub@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database's URL."""
        name = f"t{next(self._names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=hub dbname=postgres", autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        bindir = bin_dir()
        if bindir is not None and (self.root / "data" / "postmaster.pid").exists():
            self._run(str(bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throw-away cluster for the session; each test takes a database of its own (:meth:`PgCluster.new_database`).
    Skipped, saying why, where PostgreSQL cannot run (./dev test installs it)."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()
