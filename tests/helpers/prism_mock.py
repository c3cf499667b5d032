"""The Prism mock server (npm @stoplight/prism-cli, pinned in tests/prism/package.json) serving a
vendor's OpenAPI document, with request validation: the contract tests check that every request an
adapter sends is one the vendor's own document allows."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from console.infra.demo import stop_process
from tests.helpers.rt.instance import free_port

TESTS = Path(__file__).resolve().parents[1]
PRISM = TESTS / "prism" / "node_modules" / ".bin" / "prism"
SPEC_DIRS = (TESTS.parents[1] / "shared" / "specs", TESTS / "specs")


def spec_path(name: str) -> Path:
    """A vendor document from the team's shared specs, else the copy in tests/specs (the last place if neither)."""
    return next((d / name for d in SPEC_DIRS if (d / name).exists()), SPEC_DIRS[-1] / name)

_RECEIVED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")


def unavailable_reason(spec: Path) -> str | None:
    """Why a Prism suite cannot run here, or None."""
    if not spec.exists():
        return f"the vendor's OpenAPI document is not in {spec.parent} yet ({spec.name})"
    if shutil.which("node") is None:
        return "Node.js is not installed (Prism needs it)"
    if not PRISM.exists():
        return "Prism is not installed: run `npm ci` in tests/prism (./dev test does)"
    return None


@dataclass
class PrismMock:
    """``prism mock --errors SPEC`` on a free loopback port; :meth:`requests_since` reads its log."""

    spec: Path
    log_path: Path
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    startup_s: float = 0.0
    _offset: int = field(default=0)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PrismMock:
        t0 = time.monotonic()
        self.port = free_port()
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), "--errors",
                                          str(self.spec)], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while "Prism is listening" not in self.log_path.read_text(errors="replace"):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Prism did not start: {self.log_path.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        self.startup_s = time.monotonic() - t0
        self.mark()
        return self

    def mark(self) -> None:
        """Start a new section of the log for :meth:`requests_since`."""
        self._offset = len(self.log_path.read_bytes())

    def requests_since(self) -> list[tuple[str, str, bool]]:
        """(method, path, passed validation) for each request since :meth:`mark`."""
        requests.get(self.url + "/__flush__", timeout=5)  # Prism logs in order: once this is in, the rest is too
        deadline = time.monotonic() + 5
        while True:
            text = self.log_path.read_bytes()[self._offset:].decode(errors="replace")
            if "/__flush__" in text or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        blocks = re.split(r"(?=\[HTTP SERVER\] \w+ \S+ .*Request received)", text)
        found = []
        for block in blocks:
            match = _RECEIVED.search(block)
            if match is None or match[2] == "/__flush__":
                continue
            passed = "passed the validation rules" in block and "Violation: request" not in block
            found.append((match[1].upper(), match[2], passed))
        return found

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        self.proc = None
