"""The last snapshot on disk: the console opens with the last known numbers, marked stale, then goes live."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from api_client.feed import FeedState
from api_client.http import default_retry
from api_client.models import Snapshot
from api_client.native import NativeBackend
from console.infra.snapshot_cache import SnapshotCache, cache_path
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow


def _snapshot(server) -> Snapshot:
    backend = server.client()
    try:
        return backend.snapshot()
    finally:
        backend.close()


def test_round_trip_private_and_atomic(sim, tmp_path: Path) -> None:
    snap = _snapshot(sim)
    cache = SnapshotCache(tmp_path / "cache" / "last.json")
    cache.save(snap)
    loaded, saved_at = cache.load()  # type: ignore[misc]
    assert loaded == snap
    assert abs(saved_at - time.time()) < 60
    assert stat.S_IMODE(cache.path.stat().st_mode) == 0o600  # ticket data: for this user only
    assert [p.name for p in cache.path.parent.iterdir()] == ["last.json"]


def test_unusable_files_are_ignored(tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path / "last.json")
    assert cache.load() is None
    cache.path.write_text('{"cursor": "x"}', encoding="utf-8")
    assert cache.load() is None


def test_one_file_per_server() -> None:
    assert cache_path("native", "https://a.example") == cache_path("native", "https://a.example/")
    assert cache_path("native", "https://a.example") != cache_path("native", "https://b.example")
    assert cache_path("native", "https://a.example") != cache_path("rt", "https://a.example")


def test_window_opens_with_cached_numbers_marked_stale_while_the_server_is_down(qtbot, own_sim,
                                                                               tmp_path: Path) -> None:
    snap = _snapshot(own_sim)
    cache = SnapshotCache(tmp_path / "last.json")
    cache.save(snap)
    an_hour_ago = time.time() - 3600
    os.utime(cache.path, (an_hour_ago, an_hour_ago))
    url, token = own_sim.url, own_sim.tokens["supervisor"]
    own_sim.stop()

    sync = SyncController(lambda: NativeBackend(url, token, retry=default_retry(0)), cache=cache)
    window = MainWindow(sync)
    qtbot.addWidget(window)
    sync.start()
    qtbot.waitUntil(lambda: sync.has_data, timeout=5000)
    window.refresh()
    summary = sync.metrics(frozen=True)
    assert summary is not None
    assert sum(q.backlog for q in summary.queues) > 0  # the last known numbers, at once
    assert sync.last_data_at == an_hour_ago
    assert window.is_stale()
    assert not window.banner.isHidden()
    assert "1 h" in window.banner.text()
    assert sync.status.state is not FeedState.LIVE
    sync.stop()


def test_the_cache_is_written_in_the_background_and_on_stop(qtbot, sim, tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path / "last.json", every_s=0.0)
    sync = SyncController(lambda: sim.client(), cache=cache)
    sync.start()
    qtbot.waitUntil(lambda: sync.has_data, timeout=10_000)
    backend = sim.client()
    backend.sim_advance(60)  # changes arrive; a save is due every time
    backend.close()
    qtbot.waitUntil(cache.path.exists, timeout=10_000)
    sync.stop()
    cache.wait()
    loaded, _ = cache.load()  # type: ignore[misc]
    tickets, cursor = sync.with_store(lambda s: (len(s.tickets), s.cursor))  # type: ignore[misc]
    assert len(loaded.tickets) == tickets
    assert loaded.cursor == cursor
