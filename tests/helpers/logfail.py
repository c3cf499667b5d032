"""Unexpected log lines fail the test (after qutebrowser's ``logfail.py``).

ERROR or worse from any logger, and WARNING from ours, are collected while a test runs; the test fails with them
unless it declares that it expects log lines by using ``caplog`` (and then it should assert what was logged).
Records are collected, not raised: they may come from worker threads, where raising would only kill the worker.
"""

from __future__ import annotations

import logging
import threading

OUR_LOGGERS = ("console", "widgets", "api_client", "simulator")


class LogFailHandler(logging.Handler):
    """Keeps the records a test did not say it expects."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._lock_records = threading.Lock()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        ours = record.name.split(".", 1)[0] in OUR_LOGGERS
        if record.levelno >= logging.ERROR or (ours and record.levelno >= logging.WARNING):
            with self._lock_records:
                self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        """The records since the last call."""
        with self._lock_records:
            records, self.records = self.records, []
        return records


def describe(records: list[logging.LogRecord]) -> str:
    lines = [f"{r.levelname} {r.name} ({r.threadName}): {r.getMessage()}" for r in records]
    return ("Unexpected log lines (use the caplog fixture and assert them if they are expected):\n  "
            + "\n  ".join(lines))
