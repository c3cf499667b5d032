"""The console opens with its cached snapshot, marked stale, then goes live; the cache is written in the background."""

from __future__ import annotations

import os
import time
from pathlib import Path

from api_client.feed import FeedState
from api_client.http import default_retry
from api_client.native import NativeBackend
from console.infra.snapshot_cache import SnapshotCache
from console.qt.sync import SyncController
from console.qt.tasks import Tasks
from console.ui.main_window import MainWindow


def test_window_opens_with_cached_numbers_marked_stale_while_the_server_is_down(qtbot, own_sim, tmp_path: Path,
                                                                               caplog) -> None:
    snap = own_sim.snapshot()
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
    # The first fetch fails in a worker after the cache is shown; its status (logged first) says why.
    qtbot.waitUntil(lambda: f"Cannot reach {url}" in (sync.status.error or ""), timeout=10_000)
    assert sync.status.state is FeedState.RECONNECTING
    sync.stop()
    assert f"Cannot reach {url}" in caplog.text


def test_the_cache_is_written_in_the_background_and_on_stop(qtbot, sim, tmp_path: Path) -> None:
    disk = Tasks(io_workers=1, cpu_workers=0)
    cache = SnapshotCache(tmp_path / "last.json", every_s=0.0, run=disk.background)
    sync = SyncController(lambda: sim.client(), cache=cache)
    sync.start()
    qtbot.waitUntil(lambda: sync.has_data, timeout=10_000)
    backend = sim.client()
    backend.sim_advance(60)  # changes arrive; a save is due every time
    backend.close()
    qtbot.waitUntil(cache.path.exists, timeout=10_000)
    sync.stop()
    cache.wait()
    disk.shutdown()
    loaded, _ = cache.load()  # type: ignore[misc]
    tickets, cursor = sync.with_store(lambda s: (len(s.tickets), s.cursor))  # type: ignore[misc]
    assert len(loaded.tickets) == tickets
    assert loaded.cursor == cursor
