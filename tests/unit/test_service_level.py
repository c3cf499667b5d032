"""Service level and abandonment on the real simulator in a peak: live contacts (phone, chat) only, on both sides
of the ratio, as DESIGN.md and the tooltip define them; the tile, each queue's row, the chart and the 15-minute
trend are one implementation fed by one counter, and agree with an independent recount from the tickets."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest

from api_client import models as m
from console.core.charts import TREND_S, chart_data, trend
from console.core.metrics import Filter
from console.core.store import LiveStore
from simulator.engine import Config, Engine
from simulator.service import Service

START = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday: the peak scenario's morning
LIVE = {"phone", "chat"}
PAGE = msgspec.json.Decoder(m.ChangesPage)


def recount(tickets: list[m.Ticket], queues: dict[str, m.Queue], now: float, window_s: float,
            queue_id: str | None = None, channels: set[str] = LIVE) -> tuple[float, float] | None:
    """(service level, abandonment) over the window (now - window_s, now] by the definition, from the tickets
    alone: live contacts answered within their queue's threshold / (live answered + live abandoned), each event
    in the queue it happened in (the ticket's route)."""
    def queue_at(t: m.Ticket, at: float) -> str:
        return next((leg.queue_id for leg in t.route if at < leg.until.timestamp()), t.queue_id)

    answered = within = abandoned = 0
    for t in tickets:
        if t.channel not in LIVE or t.channel not in channels:
            continue
        if t.first_response_at is not None and t.first_response_at.timestamp() > now - window_s:
            q = queue_at(t, t.first_response_at.timestamp())
            if queue_id in (None, q):
                answered += 1
                wait = (t.first_response_at - t.created_at).total_seconds()
                within += wait <= queues[q].service_level.threshold_s
        if t.abandoned and t.updated_at.timestamp() > now - window_s:
            abandoned += queue_id in (None, queue_at(t, t.updated_at.timestamp()))
    total = answered + abandoned
    return (within / total, abandoned / total) if total else None


@pytest.fixture(scope="module")
def peak() -> tuple[LiveStore, m.Snapshot, dict[float, float | None]]:
    """A console that loaded the peak at 11:00 and followed it minute by minute for 75 minutes (sampling the
    history as the app does), the snapshot at the end, and the tile's service level at every minute."""
    engine = Engine.open(Path(tempfile.mkdtemp(prefix="sl-")) / "c.sqlite",
                         Config(seed=7, scenario="peak", start=START), reset=True)
    with engine.lock:  # an hour into the peak (it starts at START): contacts wait as a shift starts at 11:00
        engine.advance_to(START.timestamp() + 3600)
    service = Service(engine, clock_rate=0.0)
    store = LiveStore()
    store.load(msgspec.json.decode(service.snapshot(), type=m.Snapshot))
    store.sample_history()
    tiles = {store.server_time: store.metrics().service_level}
    for _ in range(75):
        with engine.lock:
            engine.advance_to(engine.now + 60)
        while store.cursor < service.head():
            store.apply(PAGE.decode(service.changes(store.cursor, 1000)[1]))
        store.sample_history()
        tiles[store.server_time] = store.metrics().service_level
    return store, msgspec.json.decode(service.snapshot(), type=m.Snapshot), tiles


def test_tile_and_queue_rows_count_live_contacts_only(peak: tuple[LiveStore, m.Snapshot, dict]) -> None:
    store, snap, _ = peak
    now = store.server_time
    queues = {q.id: q for q in snap.queues}
    metrics = store.metrics()
    abandoned_app = [t for t in snap.tickets
                     if t.abandoned and t.channel == "app" and t.updated_at.timestamp() > now - store.window_s]
    assert abandoned_app, "app contacts must be abandoned in the window for the property to bite"
    assert (metrics.service_level, metrics.abandonment) == pytest.approx(
        recount(snap.tickets, queues, now, store.window_s))
    for row in metrics.queues:
        expected = recount(snap.tickets, queues, now, store.window_s, row.queue_id)
        assert row.service_level == pytest.approx(expected[0] if expected else None), row.queue_id
    for channel in LIVE:
        only = store.metrics(Filter(channels=frozenset({channel})))
        assert (only.service_level, only.abandonment) == pytest.approx(
            recount(snap.tickets, queues, now, store.window_s, channels={channel}))
    ticket_channels = store.metrics(Filter(channels=frozenset({"app", "email", "social"})))
    assert (ticket_channels.service_level, ticket_channels.abandonment) == (None, None)  # no live contact there


def test_chart_and_trend_use_the_tiles_counter(peak: tuple[LiveStore, m.Snapshot, dict]) -> None:
    store, snap, tiles = peak
    loaded = min(tiles)
    # The rota starts shifts on the hour: contacts answered at the very moment of the load sit on the window's
    # edge one hour later, where the tile's window and the history's running totals must draw the same line.
    on_edge = [t for t in snap.tickets if t.channel in LIVE and t.first_response_at is not None
               and t.first_response_at.timestamp() == loaded]
    assert on_edge, "live contacts must be answered at the load's moment for the property to bite"
    data = chart_data(store, Filter(), ())
    assert data.service_level[-1, 0] == pytest.approx(store.metrics().service_level * 100)
    # Every minute from one window after the load on: the chart's point is the tile of that minute.
    full = data.t >= loaded + store.window_s
    assert full.sum() >= 15
    assert data.service_level[full, 0] == pytest.approx([tiles[t] * 100 for t in data.t[full]])
    then = max(t for t in tiles if t <= store.server_time - TREND_S)
    assert trend(store, Filter())["service_level"] == pytest.approx(tiles[then])
