"""What the rebalance page shows, read from a live store loaded from the simulator (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.core.rebalance import BY_SEVERITY, collect, complete, ticket_rows
from console.core.store import LiveStore, is_active
from tests.helpers.sim import SimServer, make_sim


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """A paused centre with tickets waiting: a backlog the centre's routing has not given out yet (a staffed
    centre on its own keeps few or none waiting)."""
    server = make_sim(tmp_path_factory.mktemp("sim"), "--speed", "0", "--seed", "7", "--open-tickets", "40")
    yield server
    server.stop()


def test_scopes_read_the_right_tickets(centre: SimServer) -> None:
    store = LiveStore()
    store.load(centre.snapshot())
    waiting = complete(collect(store, ("waiting", "")), ("waiting", ""))
    assert waiting["tickets"]
    assert waiting["tickets"] == store.drill_down("waiting")
    held = waiting["held"]
    assert sum(map(len, held.values())) == sum(1 for t in store.tickets.values() if is_active(t))

    agent = max(held, key=lambda a: len(held[a]))
    mine = complete(collect(store, ("agent", agent)), ("agent", agent))
    assert sorted(t.id for t in mine["tickets"] if is_active(t)) == sorted(held[agent])
    assert all(t.assignee_id == agent for t in mine["tickets"])


def test_ticket_rows_send_only_what_changed(centre: SimServer) -> None:
    store = LiveStore()
    store.load(centre.snapshot())
    data = complete(collect(store, ("waiting", "")), ("waiting", ""))
    tickets = data["tickets"]
    assert len(tickets) >= 2
    full, removed, ids, columns = ticket_rows(tickets, data["queues"], data["agents"], None)
    assert full
    assert removed == []
    assert list(ids) == [t.id for t in tickets]
    assert [BY_SEVERITY[int(p)] for p in columns["priority"]] == [t.priority for t in tickets]
    assert BY_SEVERITY == ["urgent", "high", "normal", "low"]

    shown = {t.id: t.version for t in tickets[1:]}
    shown[tickets[1].id] -= 1  # on screen at an older version
    shown[-1] = 1  # on screen, gone since
    full, removed, ids, _ = ticket_rows(tickets, data["queues"], data["agents"], shown)
    assert not full
    assert removed == [-1]
    assert sorted(ids) == sorted([tickets[0].id, tickets[1].id])
