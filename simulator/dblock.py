"""One simulator per database: an exclusive lock on ``<database>.lock``, held for as long as the server runs.

``supervisor-sim`` takes it before it opens (or, with ``--reset``, deletes) the database, so no process deletes
or shares a database another one has open; the demo launcher asks :func:`in_use` before it chooses one.
The operating system releases the lock when the process ends, however it ends (kill -9 included).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

EXIT_IN_USE = 3  # supervisor-sim's exit code when its database is in use by another process

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class DatabaseLock:
    """The lock on one database file; the holder's pid is written in the lock file, for messages."""

    def __init__(self, db: Path) -> None:
        self.path = Path(f"{db}.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = self.path.open("a+", encoding="ascii")
        try:
            f.seek(0)
            if sys.platform == "win32":
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            return False
        f.truncate(0)
        f.write(str(os.getpid()))
        f.flush()
        self._file = f
        return True

    def release(self) -> None:
        """Give the lock up (closing the file releases it)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def holder(self) -> str:
        """The pid written by whoever holds (or last held) the lock, or '' if unknown."""
        try:
            return self.path.read_text(encoding="ascii").strip()[:20]
        except OSError:
            return ""


def in_use(db: Path) -> bool:
    """Whether another process holds ``db``'s lock now."""
    lock = DatabaseLock(db)
    if not lock.acquire():
        return True
    lock.release()
    return False
