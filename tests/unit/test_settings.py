"""The settings file: human-readable JSON in the config dir, atomic writes, a bad file refused with a message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from console.infra import settings
from console.infra.profiles import Profile


def test_round_trip_is_readable_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = settings.Settings(language="zh_TW")
    s.put(Profile(name="Taipei", url="https://tickets.example.tw", user="chen"))
    s.put(Profile(name="Lab", url="http://10.0.0.5", backend="rt", allow_insecure_http=True))
    settings.save(s, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") > 10  # indented for people, not one long line
    data = json.loads(text)
    assert data["language"] == "zh_TW"
    assert data["default_profile"] == "Taipei"  # the first profile becomes the default
    assert settings.load(path) == (s, None)


def test_default_location_follows_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings.settings_path() == tmp_path / "supervisor-console" / "settings.json"
    assert settings.load() == (settings.Settings(), None)


@pytest.mark.parametrize("content", ["{not json", '{"profiles": [{"name": 3}]}', '{"language": 5}'])
def test_a_bad_file_is_ignored_with_a_message(tmp_path: Path, content: str, caplog) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    loaded, problem = settings.load(path)
    assert loaded == settings.Settings()
    assert problem is not None
    assert str(path) in problem
    assert f"Ignoring {path}" in caplog.text


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    settings.save(settings.Settings(language="en"), path)

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        settings.save(settings.Settings(language="zh_CN"), path)
    assert settings.load(path)[0].language == "en"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_rename_and_remove_keep_a_default(tmp_path: Path) -> None:
    s = settings.Settings()
    s.put(Profile(name="A", url="https://a.example"))
    s.put(Profile(name="B", url="https://b.example"))
    s.put(Profile(name="A2", url="https://a.example"), previous_name="A")
    assert [p.name for p in s.profiles] == ["A2", "B"]
    assert s.default_profile == "A2"
    s.remove("A2")
    assert s.default_profile == "B"


def test_language_and_window_are_remembered(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings.save(settings.Settings(default_profile="A", profiles=[Profile(name="A", url="https://a.example")]), path)
    settings.remember(path, language="zh_CN")
    settings.remember(path, window="AdnQywAD")
    loaded = settings.load(path)[0]
    assert loaded.language == "zh_CN"
    assert loaded.window == "AdnQywAD"
    assert loaded.default_profile == "A"  # the rest is kept
