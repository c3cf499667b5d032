"""A throw-away Request Tracker 5 instance for the integration tests.

Built from Debian's ``request-tracker5`` packages (``scripts/ci-install-rt.sh``): its own site
config directory (``RT_SITE_CONFIG_DIR`` replaces the system one) and cache directories, so it
runs without root; a fresh SQLite database from
``rt-setup-database``, mail written to temp files instead of sent, ``rt-server`` (Starlet) on a
free loopback port, and queues, agents, groups, rights and tokens seeded by ``seed.pl``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from console.infra.demo import stop_process

RT_LIB = Path("/usr/share/request-tracker5/lib")
RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")
SETUP_DATABASE = "rt-setup-database-5"
SEED = Path(__file__).with_name("seed.pl")
READY_TIMEOUT_S = 60.0

CONFIG = """\
Set($rtname, 'rt.ci');
Set($Organization, 'ci');
Set($Timezone, 'UTC');
Set($CorrespondAddress, 'rt@localhost');
Set($CommentAddress, 'rt-comment@localhost');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, '{db}');
Set($WebPath, '');
Set($WebDomain, '127.0.0.1');
Set($WebPort, {port});
Set($WebBaseURL, 'http://127.0.0.1:{port}');
Set($MailCommand, 'testfile');
Set($MasonDataDir, '{root}/mason_data');
Set($MasonSessionDir, '{root}/session_data');
Set($LogToSTDERR, 'warning');
Set($LogToSyslog, undef);
Set(%ServiceAgreements, (
    Default => 'standard',
    Levels => {{
        'standard' => {{ Response => {{ RealMinutes => 60 }}, Resolve => {{ RealMinutes => 60 * 8 }} }},
        'urgent'   => {{ Response => {{ RealMinutes => 15 }}, Resolve => {{ RealMinutes => 60 * 2 }} }},
    }},
));
1;
"""


def unavailable_reason() -> str | None:
    """Why RT cannot run here, or None when it can."""
    if not RT_SERVER.exists() or shutil.which(SETUP_DATABASE) is None:
        return ("Request Tracker 5 is not installed (Debian packages request-tracker5 rt5-db-sqlite "
                "rt5-standalone; scripts/ci-install-rt.sh installs them)")
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RtInstance:
    """One RT server process with its own config, database and log under ``root``."""

    root: Path
    port: int = 0
    tokens: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "RT_SITE_CONFIG_DIR": str(self.root / "conf"), "TZ": "UTC"}

    def start(self) -> RtInstance:
        t0 = time.monotonic()
        self.port = self.port or free_port()
        conf = self.root / "conf"
        for folder in (conf, self.root / "mason_data", self.root / "session_data"):
            folder.mkdir(parents=True, exist_ok=True)
        (conf / "00-test.pm").write_text(CONFIG.format(db=self.root / "rt.sqlite", port=self.port, root=self.root))
        password = self.root / "root-password"
        password.write_text("ci-root-password\n")
        self._run([SETUP_DATABASE, "--action", "init", "--root-password-file", str(password)])
        self.timings["database_s"] = time.monotonic() - t0
        out = self._run(["perl", str(SEED)])
        self.tokens = json.loads(out.splitlines()[-1])
        self.timings["seed_s"] = time.monotonic() - t0 - self.timings["database_s"]
        log = (self.root / "rt-server.log").open("wb")
        self.proc = subprocess.Popen(
            [str(RT_SERVER), "--server", "Starlet", "--listen", f"127.0.0.1:{self.port}", "--max-workers", "2"],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.root)
        log.close()
        self._wait_ready()
        self.timings["total_s"] = time.monotonic() - t0
        return self

    def _run(self, cmd: list[str]) -> str:
        done = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=120, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed ({done.returncode}): {done.stderr[-2000:] or done.stdout[-2000:]}")
        return done.stdout

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"rt-server exited: {self.log_tail()}")
            try:
                if requests.get(self.url + "REST/2.0/rt", timeout=2).status_code in (200, 401):
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"rt-server not ready after {READY_TIMEOUT_S} s: {self.log_tail()}")

    def log_tail(self) -> str:
        path = self.root / "rt-server.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def rest(self, method: str, path: str, user: str = "supervisor", **kw: object) -> requests.Response:
        """A raw REST 2.0 call as ``user`` (for seeding and for checking what RT really holds)."""
        headers = {"Authorization": f"token {self.tokens[user]}"}
        return requests.request(method, f"{self.url}REST/2.0/{path.lstrip('/')}", headers=headers,
                                timeout=30, **kw)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        self.proc = None
