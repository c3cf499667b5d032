"""Keeping things safely on this machine, for the console and the hub alike: one atomic file write (a crash, even
kill -9, leaves the old content or the new, never a mix) and the keyring only when it keeps secrets safely."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail


def atomic_write(path: Path, data: bytes, *, sync_dir: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory (mode 0600), fsynced, then
    ``os.replace``d over ``path`` (atomic on POSIX and Windows). ``sync_dir`` also fsyncs the directory so the
    rename itself survives a power cut."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in directory ``path`` durable (a no-op on Windows, which cannot open a directory;
    ``os.replace`` there is durable enough)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def secure_keyring() -> KeyringBackend | None:
    """The system keyring when it keeps secrets safely; None when there is none or it is keyrings.alt's plain files
    or the fail backend (nothing ever falls back to a plaintext file)."""
    backend = keyring.get_keyring()
    return None if _insecure(backend) else backend


def _insecure(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends or _insecure(backend.backends[0])
    return isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt")
