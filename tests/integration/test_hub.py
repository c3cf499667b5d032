"""Console -> hub -> simulator, end to end over HTTP, on SQLite and on a real PostgreSQL.

The simulator is the upstream (a paused one: it changes only when a test advances it); the hub is the real
``python -m hub serve`` process; the console's side is the real :class:`NativeBackend`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from api_client import models as m
from api_client.errors import Conflict, CursorExpired, Forbidden, Unauthorized
from api_client.native import NativeBackend
from tests.helpers.hub import HubServer, database, hub_cli, sim  # noqa: F401 - the fixtures
from tests.helpers.postgres import pg_cluster  # noqa: F401 - the fixture
from tests.helpers.sim import SimServer, make_sim

TIMEOUT_S = 10.0


def start_hub(database: str, sim: SimServer, tmp_path: Path, *args: str) -> HubServer:
    return HubServer(db=database, upstream_kind="native", upstream_url=sim.url, upstream_token=sim.tokens["supervisor"],
                     log=tmp_path / "hub.log").add_users().start(*args)


@pytest.fixture
def hub(database: str, sim: SimServer, tmp_path: Path) -> Iterator[HubServer]:
    server = start_hub(database, sim, tmp_path)
    yield server
    server.stop()


def wait_for(predicate: object, timeout: float = TIMEOUT_S) -> None:
    ends = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < ends, "timed out"
        time.sleep(0.05)


def follow(client: NativeBackend, cursor: int, until: int) -> list[m.TicketChange | m.AgentChange]:
    """Every change the hub's stream sends after ``cursor`` up to ``until`` (reconnecting from the last id seen)."""
    seen: list[m.TicketChange | m.AgentChange] = []
    ends = time.monotonic() + 30
    while cursor < until:
        assert time.monotonic() < ends, f"the stream stopped at {cursor}, not {until}"
        for page in client.stream(cursor):
            seen += page.changes
            cursor = page.cursor
            if cursor >= until:
                break
    return seen


def by_id(tickets: list[m.Ticket]) -> dict[int, tuple[str | None, int]]:
    return {t.id: (t.assignee_id, t.version) for t in tickets}


def test_console_reads_and_writes_the_upstream_through_the_hub(hub: HubServer, sim: SimServer) -> None:
    lead = hub.client("team_lead")
    snap = lead.snapshot()
    assert by_id(snap.tickets) == by_id(sim.snapshot().tickets)
    assert {a.id for a in snap.agents} == {a.id for a in sim.snapshot().agents}

    open_tickets = [t for t in snap.tickets if t.status in m.UNRESOLVED]
    t, agent = open_tickets[0], snap.agents[0].id
    done = lead.assign(t.id, t.version, agent, "peak")
    assert (done.assignee_id, done.version) == (agent, t.version + 1)
    assert sim.client().ticket(t.id).assignee_id == agent  # written upstream, with the hub's credential

    with pytest.raises(Conflict) as stale:
        lead.assign(t.id, t.version, None, "stale")
    assert stale.value.current is not None
    assert stale.value.current.version == done.version

    # Bulk: one stale item among fresh ones, each ticket's outcome reported.
    fresh = open_tickets[1:4]
    items = [m.BulkAssignItem(ticket_id=x.id, version=x.version, assignee_id=agent) for x in fresh]
    items.append(m.BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id=None))
    result = lead.bulk_assign(items, "rebalance")
    assert [(o.ticket_id, o.ok, o.status) for o in result.results] == \
        [(x.id, True, 200) for x in fresh] + [(t.id, False, 412)]

    # The console's feed through the hub: the hub's own writes once each (the upstream's echo is not doubled).
    changes = follow(lead, snap.cursor, lead.changes(snap.cursor).cursor)
    versions = [(c.ticket.id, c.ticket.version) for c in changes if isinstance(c, m.TicketChange)]
    assert sorted(versions) == sorted([(t.id, done.version)] + [(x.id, x.version + 1) for x in fresh])
    assert [c.id for c in changes] == list(range(snap.cursor + 1, snap.cursor + 1 + len(changes)))

    # The upstream moves on; the console sees it through the hub.
    head = lead.changes(snap.cursor).cursor
    sim.client().sim_advance(300)
    upstream = sim.snapshot()
    wait_for(lambda: by_id(lead.snapshot().tickets) == by_id(upstream.tickets))
    later = follow(lead, head, lead.changes(head).cursor)
    assert later, "the upstream's changes reached the console"

    # The hub's audit names the console user who asked.
    audit = lead.audit(limit=10)
    assert {(a.ticket_id, a.actor_id) for a in audit} == {(x.id, "u-team_lead") for x in [t, *fresh]}


def test_escalate_and_agent_state_through_the_hub(hub: HubServer, sim: SimServer) -> None:
    lead = hub.client("team_lead")
    snap = lead.snapshot()
    t = next(x for x in snap.tickets if x.status in m.UNRESOLVED and x.priority != "urgent")
    up = lead.escalate(t.id, t.version, reason="VIP customer", priority="urgent")
    assert up.priority == "urgent"
    assert sim.client().ticket(t.id).priority == "urgent"
    assert [n.text for n in lead.notes(t.id)] == ["VIP customer"]
    agent = next(a for a in snap.agents if a.state != "break")
    lead.set_agent_state(agent.id, "break", "lunch")
    wait_for(lambda: next(a for a in sim.snapshot().agents if a.id == agent.id).state == "break")
    actions = {(a.action, a.actor_id) for a in lead.audit(limit=10)}
    assert actions == {("escalate", "u-team_lead"), ("agent_state", "u-team_lead")}


def test_roles_and_tokens_are_enforced_by_the_hub(hub: HubServer) -> None:
    viewer = hub.client("viewer")
    t = next(x for x in viewer.snapshot().tickets if x.status in m.UNRESOLVED)
    with pytest.raises(Forbidden):
        viewer.assign(t.id, t.version, None, "not mine to move")
    hub_cli(hub.db, "users", "revoke", "u-viewer")
    with pytest.raises(Unauthorized):
        viewer.snapshot()
    listed = hub_cli(hub.db, "users", "list")
    assert "u-viewer\tviewer\trevoked" in listed
    assert "u-team_lead\tteam_lead\tactive" in listed


def test_hub_reports_itself_health_readiness_and_metrics(hub: HubServer) -> None:
    health = requests.get(f"{hub.url}/api/v1/health", timeout=TIMEOUT_S).json()
    assert health["hub"]["upstream"] == "native"
    assert health["hub"]["lag_s"] < 30
    assert requests.get(f"{hub.url}/healthz", timeout=TIMEOUT_S).status_code == 200
    assert requests.get(f"{hub.url}/readyz", timeout=TIMEOUT_S).json()["status"] == "ready"
    r = requests.get(f"{hub.url}/api/v1/sim/status", headers={"Authorization": f"Bearer {hub.tokens['supervisor']}"},
                     timeout=TIMEOUT_S)
    assert r.status_code == 404
    assert r.json()["error"] == "not_a_simulator"
    client = hub.client()
    stream = client.stream(0)
    next(stream)  # one console on the stream
    metrics = requests.get(f"{hub.url}/metrics", timeout=TIMEOUT_S).text
    stream.close()
    assert "hub_consoles_connected 1.0" in metrics
    assert "hub_upstream_calls_total" in metrics
    assert "hub_upstream_lag_seconds" in metrics


def test_restarted_hub_resumes_from_the_upstream_cursor(database: str, sim: SimServer, tmp_path: Path) -> None:
    hub = start_hub(database, sim, tmp_path)
    try:
        lead = hub.client()
        start = lead.snapshot().cursor
        sim.client().sim_advance(120)
        wait_for(lambda: by_id(lead.snapshot().tickets) == by_id(sim.snapshot().tickets))
        hub.stop()
        sim.client().sim_advance(120)  # changes the hub must fetch once after it restarts
        hub.start()
        wait_for(lambda: by_id(lead.snapshot().tickets) == by_id(sim.snapshot().tickets))
        changes = follow(lead, start, lead.changes(start).cursor)
        seen = [(c.ticket.id, c.ticket.version) for c in changes if isinstance(c, m.TicketChange)]
        assert seen, "the changes made while the hub was down reached the console"
        assert len(seen) == len(set(seen)), "a ticket's version logged twice"
    finally:
        hub.stop()


def test_console_further_behind_than_retention_takes_a_new_snapshot(database: str, sim: SimServer,
                                                                    tmp_path: Path) -> None:
    hub = start_hub(database, sim, tmp_path, "--retention", "20")
    try:
        lead = hub.client()
        sim.client().sim_advance(900)
        wait_for(lambda: by_id(lead.snapshot().tickets) == by_id(sim.snapshot().tickets))
        head = lead.snapshot().cursor
        assert head > 40
        with pytest.raises(CursorExpired):
            lead.changes(0)
        assert lead.changes(head - 5).cursor == head
    finally:
        hub.stop()


@pytest.mark.timeout(120)
def test_kill_9_mid_bulk_then_restart_every_outcome_known_nothing_lost_or_doubled(
        database: str, tmp_path: Path) -> None:
    sim = make_sim(tmp_path, "--speed", "0", "--seed", "5", "--open-tickets", "1200")  # a bulk of 10 chunks
    hub = start_hub(database, sim, tmp_path)
    try:
        lead = hub.client()
        snap = lead.snapshot()
        agent = snap.agents[0].id
        targets = [t for t in snap.tickets if t.status in m.UNRESOLVED and t.assignee_id != agent][:1000]
        assert len(targets) == 1000
        items = [m.BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id=agent) for t in targets]
        console = hub.client()
        changes: list[m.TicketChange | m.AgentChange] = []
        cursor = snap.cursor

        def bulk() -> None:
            try:
                lead.bulk_assign(items, "kill test")
            except Exception:  # noqa: BLE001 - the hub is killed under it: the answer never comes
                return

        writer = threading.Thread(target=bulk)
        writer.start()
        for page in console.stream(cursor):  # kill once the first chunk's outcomes reach the console
            changes += page.changes
            cursor = page.cursor
            if changes:
                break
        hub.kill()
        writer.join(30)
        hub.start()
        # The console resumes with Last-Event-ID from where it was; the settled outcomes come down the feed.
        upstream = {t.id: t for t in sim.snapshot().tickets}
        wait_for(lambda: all(lead.ticket(t.id).version == upstream[t.id].version for t in targets), 30)
        changes += follow(console, cursor, console.changes(cursor).cursor)
        ids = [c.id for c in changes]
        assert ids == list(range(snap.cursor + 1, snap.cursor + 1 + len(ids))), "a change lost or doubled"
        final = {t.id: (t.assignee_id, t.version) for t in snap.tickets}
        for c in changes:
            if isinstance(c, m.TicketChange):
                final[c.ticket.id] = (c.ticket.assignee_id, c.ticket.version)
        assert {t.id: final[t.id] for t in targets} == {t.id: (upstream[t.id].assignee_id, upstream[t.id].version)
                                                         for t in targets}
        moved = {t.id for t in targets if upstream[t.id].assignee_id == agent}
        assert 0 < len(moved) < len(targets), "the kill came mid-bulk: some tickets moved, not all"
        # The writes the killed hub left pending are settled once their hold lapses (PostgreSQL: WRITE_LEASE_S).
        wait_for(lambda: {a.ticket_id for a in hub.client().audit(limit=1000, action="assign")} == moved, 40)
        audit = hub.client().audit(limit=1000, action="assign")
        assert {a.ticket_id for a in audit} == moved, "every write that took effect upstream has its audit entry"
        assert len(audit) == len(moved), "a write audited twice"
    finally:
        hub.stop()
        sim.stop()


def test_the_centre_shares_thresholds_and_wall_pages_through_the_hub(database: str, sim: SimServer,
                                                                    tmp_path: Path) -> None:
    """Kept on the hub (what a helpdesk has no place for), for every console, across a restart; the helpdesk it
    follows is not asked."""
    hub = start_hub(database, sim, tmp_path)
    try:
        pages = {"pages": [{"title": "Floor 2", "rows": 1, "columns": 1,
                            "tiles": [{"type": "kpi", "metric": "waiting", "at": [0, 0]}]}]}
        with pytest.raises(Forbidden):
            hub.client("team_lead").save_setting("wall_layout", pages)
        saved = hub.client("supervisor").save_setting("wall_layout", pages)
        assert (saved.version, saved.updated_by) == (1, "u-supervisor")
        hub.stop()
        hub.start()
        read = hub.client("viewer").setting("wall_layout")
        assert read is not None
        assert (read.version, read.data) == (1, pages)
        assert sim.client().setting("wall_layout") is None, "kept on the hub, not written upstream"
    finally:
        hub.stop()
