"""Logging to stderr and a rotating file in the user's log directory, with secrets redacted."""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
MASK = "***"

# "Authorization: Bearer abc", "token=abc", '"password": "abc"', "api_key abc", "Basic dXNlcjpwdw=="
_PATTERNS = (
    re.compile(r"(?i)\b(bearer|basic)(\s+)([A-Za-z0-9._~+/=-]{4,})"),
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)([^\s\"',}]+(?:\s+[^\s\"',}]+)?)"),
    re.compile(r"(?i)((?:access_|api_|auth_|refresh_)?(?:token|password|passwd|secret|api_key|apikey)"
               r"[\"']?\s*[:=]\s*[\"']?)([^\s\"'&,;}]+)"),
)
_known_secrets: set[str] = set()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("supervisor-console"))


def register_secret(secret: str | None) -> None:
    """Mask this exact value wherever it appears in a log line (tokens read from the keyring or environment)."""
    if secret and len(secret) >= 4:
        _known_secrets.add(secret)


def redact(text: str) -> str:
    """``text`` with tokens, passwords and Authorization values replaced by ``***``."""
    for secret in sorted(_known_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: f"{m[1]}{m[2]}{MASK}", text)
    text = _PATTERNS[1].sub(lambda m: f"{m[1]}{MASK}", text)
    return _PATTERNS[2].sub(lambda m: f"{m[1]}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Redacts the formatted message (its arguments included), the traceback and the stack of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateFileHandler(RotatingFileHandler):
    """A rotating log file only its owner can read (0600, like the tokens file): logs name customers and agents."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed types it as returning a TextIOWrapper
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if hasattr(os, "fchmod"):  # POSIX: a file from before (0644) is made private too
            os.fchmod(fd, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


_handlers: list[logging.Handler] = []


def configure(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to stderr and to ``console.log`` (1 MB, 5 old files kept) in ``directory``; returns the file's path.

    Calling it again replaces the handlers it installed before.
    """
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    directory = directory or log_dir()
    path = directory / "console.log"
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handlers.append(PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
    except OSError as exc:
        print(f"cannot write the log file {path}: {exc}", file=sys.stderr)  # noqa: T201
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        _handlers.append(handler)
    root.setLevel(level)
    return path
