"""The last snapshot on disk: private, atomic, one file per server; unusable files are ignored."""

from __future__ import annotations

import stat
import time
from pathlib import Path

from console.infra.snapshot_cache import SnapshotCache, cache_path


def test_round_trip_private_and_atomic(sim, tmp_path: Path) -> None:
    snap = sim.snapshot()
    cache = SnapshotCache(tmp_path / "cache" / "last.json")
    cache.save(snap)
    loaded, saved_at = cache.load()  # type: ignore[misc]
    assert loaded == snap
    assert abs(saved_at - time.time()) < 60
    assert stat.S_IMODE(cache.path.stat().st_mode) == 0o600  # ticket data: for this user only
    assert [p.name for p in cache.path.parent.iterdir()] == ["last.json"]


def test_unusable_files_are_ignored(tmp_path: Path, caplog) -> None:
    cache = SnapshotCache(tmp_path / "last.json")
    assert cache.load() is None
    cache.path.write_text('{"cursor": "x"}', encoding="utf-8")
    assert cache.load() is None
    assert "ignoring the cached snapshot" in caplog.text


def test_one_file_per_server() -> None:
    assert cache_path("native", "https://a.example") == cache_path("native", "https://a.example/")
    assert cache_path("native", "https://a.example") != cache_path("native", "https://b.example")
    assert cache_path("native", "https://a.example") != cache_path("rt", "https://a.example")
