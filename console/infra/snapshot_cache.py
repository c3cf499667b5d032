"""The last snapshot on disk, so the console opens at once with the last known numbers (shown as stale).

One file per server (``last-snapshot-<hash of backend and URL>.json`` in the user's cache directory, mode 0600:
it holds ticket data). Writes run in the background through the ``run`` it is given (the console passes
:meth:`console.qt.tasks.Tasks.background`), atomically (temporary file, fsync, rename), at most every ``every_s``
seconds and once more when the console closes.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import msgspec
import platformdirs

from api_client.models import Snapshot
from api_client.safe_storage import atomic_write

log = logging.getLogger(__name__)
SAVE_EVERY_S = 300.0


def cache_path(backend: str, url: str) -> Path:
    key = hashlib.sha256(f"{backend} {url.rstrip('/')}".encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir("supervisor-console")) / f"last-snapshot-{key}.json"


class SnapshotCache:
    """Loads and (in the background) saves the last snapshot of one server."""

    def __init__(self, path: Path, every_s: float = SAVE_EVERY_S,
                 run: Callable[[Callable[[], None]], Future[None]] | None = None) -> None:
        self.path = path
        self.every_s = every_s
        self._run = run  # runs a write off the calling thread; None: write on the calling thread
        self._saved_at = time.monotonic()  # the first save comes one period after start
        self._writer: Future[None] | None = None
        self._lock = threading.Lock()

    def load(self) -> tuple[Snapshot, float] | None:
        """The cached snapshot and when it was saved (epoch seconds), or None if there is none usable."""
        try:
            data = self.path.read_bytes()
            return msgspec.json.decode(data, type=Snapshot), self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning("ignoring the cached snapshot %s: %s", self.path, exc)
            return None

    def save(self, snap: Snapshot) -> None:
        """Write ``snap`` atomically (call it off the GUI thread)."""
        atomic_write(self.path, msgspec.json.encode(snap))

    def save_in_background(self, take: Callable[[], Snapshot], force: bool = False) -> bool:
        """Save what ``take`` returns in the background if a period has passed (or ``force``) and none is running."""
        with self._lock:  # the sync worker and the GUI thread (on close) both call this
            if self._writer is not None and not self._writer.done():
                return False
            if not force and time.monotonic() - self._saved_at < self.every_s:
                return False
            self._saved_at = time.monotonic()
            snap = take()
            if self._run is None:
                self._write(snap)
                return True
            self._writer = self._run(lambda: self._write(snap))
            return True

    def _write(self, snap: Snapshot) -> None:
        started = time.perf_counter()
        try:
            self.save(snap)
        except OSError as exc:
            log.warning("cannot cache the snapshot in %s: %s", self.path, exc)
            return
        log.info("cached %d tickets in %s (%.0f ms)", len(snap.tickets), self.path,
                 (time.perf_counter() - started) * 1000)

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for a running write (used when the app exits)."""
        with self._lock:
            writer = self._writer
        if writer is not None:
            with contextlib.suppress(Exception):  # a failed write was reported where it ran
                writer.result(timeout)
