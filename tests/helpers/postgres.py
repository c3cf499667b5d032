"""A throw-away PostgreSQL server for tests: Debian's ``postgresql`` (initdb and pg_ctl) on a free loopback port
in a temporary directory, run as the ``postgres`` user when the tests run as root (PostgreSQL refuses root)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

VERSIONS = Path("/usr/lib/postgresql")


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's programs, or None."""
    found = sorted((p for p in VERSIONS.glob("*/bin") if (p / "initdb").exists()),
                   key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    return found[-1] if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    """One running server: trust authentication on 127.0.0.1 only, user ``postgres``."""

    bin: Path
    root: Path
    port: int = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *cmd: str) -> None:
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*run_as, *cmd], check=True, capture_output=True, timeout=60)

    def start(self) -> PgServer:
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
        data = self.root / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync")
        self.port = _free_port()
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.root / "log"), "-o", options, "-w",
                  "start")
        return self

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgServer]:
    """A PostgreSQL server for the session (skipped where Debian's postgresql is not installed)."""
    found = bin_dir()
    if found is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PgServer(found, Path(tempfile.mkdtemp(prefix="pg-test-"))).start()
    try:
        yield server
    finally:
        server.stop()
