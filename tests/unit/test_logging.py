"""The log: a rotating file in the user's log dir, with tokens, passwords and Authorization values redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.infra import log_setup

TOKEN = "tok_9f8e7d6c5b4a"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = log_setup.configure(tmp_path / "log")
    yield path
    for handler in log_setup._handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()
    log_setup._handlers.clear()


@pytest.mark.parametrize("message", [
    "Authorization: Bearer " + TOKEN,
    "headers={'Authorization': 'Bearer " + TOKEN + "'}",
    "GET https://tickets.example.com/api?token=" + TOKEN + "&page=2",
    '{"password": "' + TOKEN + '"}',
    "api_key=" + TOKEN,
    "login with Basic " + TOKEN,
    "access_token: " + TOKEN,
])
def test_secrets_in_messages_are_redacted(log_file: Path, message: str, caplog) -> None:
    logging.getLogger("console.test").warning(message)
    assert [r.getMessage() for r in caplog.records if TOKEN in r.getMessage()] == []  # redacted in the record too
    text = log_file.read_text(encoding="utf-8")
    assert TOKEN not in text
    assert "***" in text


def test_secrets_in_arguments_and_tracebacks_are_redacted(log_file: Path, caplog) -> None:
    log = logging.getLogger("api_client.test")
    log.info("request headers %s", {"Authorization": f"Bearer {TOKEN}"})
    try:
        raise ValueError(f"server said: token={TOKEN} is invalid")
    except ValueError:
        log.exception("call failed")
    text = log_file.read_text(encoding="utf-8")
    assert TOKEN not in text
    assert "ValueError" in text  # the traceback itself is kept
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.levelname, r.exc_info[0] if r.exc_info else None) for r in warnings] == [("ERROR", ValueError)]


def test_a_registered_secret_is_masked_anywhere(log_file: Path) -> None:
    log_setup.register_secret("plainvalue42")
    logging.getLogger("x").warning("the env held %s", "plainvalue42")
    assert "plainvalue42" not in log_file.read_text(encoding="utf-8")


def test_ordinary_text_is_left_alone(log_file: Path) -> None:
    logging.getLogger("x").info("snapshot loaded: %d tickets, token refused by %s", 744, "server")
    assert "snapshot loaded: 744 tickets, token refused by server" in log_file.read_text(encoding="utf-8")


def test_the_file_rotates(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = next(h for h in log_setup._handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    monkeypatch.setattr(handler, "maxBytes", 2_000)
    log = logging.getLogger("x")
    for i in range(200):
        log.info("line %d of a busy day", i)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names[:3] == ["console.log", "console.log.1", "console.log.2"]
    assert len(names) == log_setup.BACKUPS + 1  # old files beyond the limit are deleted
    assert log_file.stat().st_size <= 2_000


def test_default_directory_is_the_platform_log_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert log_setup.log_dir() == tmp_path / "supervisor-console" / "log"
