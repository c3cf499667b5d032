"""Hub replicas sharing one real PostgreSQL: one leads (follows the upstream), every one serves consoles.

The upstream is a paused simulator that changes only when a test advances it; each replica is the real
``python -m hub serve`` process; consoles are the real :class:`NativeBackend`, through the round-robin balancer of
tests/helpers where a console moves between replicas.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import requests

from api_client import models as m
from api_client.errors import ApiError, Conflict
from api_client.native import NativeBackend
from hub.cli import SETTLE_S
from tests.helpers.balancer import Balancer
from tests.helpers.hub import HubServer, sim  # noqa: F401 - the fixture
from tests.helpers.postgres import PgCluster, pg_cluster  # noqa: F401 - the fixture
from tests.helpers.sim import SimServer, make_sim

TIMEOUT_S = 15.0
TAKEOVER_S = 5.0


@pytest.fixture
def replicas(request: pytest.FixtureRequest, pg_cluster: PgCluster, sim: SimServer,
             tmp_path: Path) -> Iterator[list[HubServer]]:
    """``request.param`` replicas on one new database; the first is started first, so it leads at first."""
    hubs = start_replicas(pg_cluster, sim, tmp_path, request.param)
    yield hubs
    for hub in hubs:
        hub.stop()


def start_replicas(cluster: PgCluster, sim: SimServer, tmp_path: Path, n: int) -> list[HubServer]:
    db = cluster.new_database()
    hubs = [HubServer(db=db, upstream_kind="native", upstream_url=sim.url, upstream_token=sim.tokens["supervisor"],
                      log=tmp_path / f"hub{i}.log") for i in range(n)]
    hubs[0].add_users()
    for hub in hubs:
        hub.tokens = hubs[0].tokens
        hub.start()
    return hubs


def metric(hub: HubServer, name: str) -> float:
    found = re.search(rf"^{name} (\S+)$", requests.get(f"{hub.url}/metrics", timeout=TIMEOUT_S).text, re.M)
    assert found, f"no {name} in /metrics"
    return float(found.group(1))


def leaders(hubs: list[HubServer]) -> list[HubServer]:
    return [h for h in hubs if h.proc is not None and metric(h, "hub_leading") == 1]


def wait_for(predicate: object, timeout: float = TIMEOUT_S) -> float:
    """Seconds it took ``predicate`` to hold."""
    started = time.monotonic()
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() - started < timeout, "timed out"
        time.sleep(0.05)
    return time.monotonic() - started


def by_id(tickets: list[m.Ticket]) -> dict[int, tuple[str | None, int]]:
    return {t.id: (t.assignee_id, t.version) for t in tickets}


def same_as_upstream(hub: HubServer, sim: SimServer) -> bool:
    return by_id(hub.client().snapshot().tickets) == by_id(sim.snapshot().tickets)


class Console(threading.Thread):
    """A console on the change stream: every change it was sent; reconnects from its cursor (Last-Event-ID)."""

    def __init__(self, url: str, token: str, cursor: int) -> None:
        super().__init__(daemon=True)
        self.backend = NativeBackend(url, token)
        self.start_cursor = self.cursor = cursor
        self.changes: list[m.TicketChange | m.AgentChange] = []
        self.streams = 0  # streams opened: more than one after its replica was killed
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.streams += 1
            try:
                for page in self.backend.stream(self.cursor):
                    self.changes += page.changes
                    self.cursor = page.cursor
                    if self.done.is_set():
                        return
            except ApiError:
                time.sleep(0.2)

    def close(self) -> None:
        self.done.set()
        self.backend.close()
        self.join(10)

    def assert_whole(self, hub: HubServer, sim: SimServer) -> None:
        """Every change id once, in order, up to the log's head; the tickets as the upstream has them."""
        wait_for(lambda: self.cursor >= hub.client().snapshot().cursor)
        ids = [c.id for c in self.changes]
        assert ids == list(range(self.start_cursor + 1, self.cursor + 1)), "a change lost or doubled"
        seen = [(c.ticket.id, c.ticket.version) for c in self.changes if isinstance(c, m.TicketChange)]
        assert len(seen) == len(set(seen)), "a ticket's version logged twice"
        final = by_id(hub.client().snapshot().tickets)
        for c in self.changes:
            if isinstance(c, m.TicketChange):
                final[c.ticket.id] = (c.ticket.assignee_id, c.ticket.version)
        upstream = by_id(sim.snapshot().tickets)
        assert {tid: final.get(tid) for tid in upstream} == upstream


def advancing(sim: SimServer, steps: int, stop: threading.Event) -> threading.Thread:
    """A thread moving the upstream on, ``steps`` times 20 simulated seconds, until done or ``stop``."""
    def run() -> None:
        client = sim.client()
        for _ in range(steps):
            if stop.is_set():
                return
            client.sim_advance(20)
            time.sleep(0.05)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def cut_sessions(cluster: PgCluster, hub: HubServer) -> int:
    """pg_terminate_backend on every session of ``hub``'s process; returns how many."""
    assert hub.proc is not None
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=hub dbname=postgres", autocommit=True) as c:
        rows = c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE %s",
                         (f"supervisor-hub pid {hub.proc.pid}%",)).fetchall()
    return len(rows)


@pytest.mark.parametrize("replicas", [2], indirect=True)
def test_two_replicas_one_follows_the_upstream_both_serve_every_change(replicas: list[HubServer],
                                                                      sim: SimServer) -> None:
    a, b = replicas
    assert leaders(replicas) == [a]
    cursor = b.client().snapshot().cursor
    console = Console(b.url, b.tokens["viewer"], cursor)
    console.start()
    try:
        sim.client().sim_advance(300)
        wait_for(lambda: same_as_upstream(a, sim) and same_as_upstream(b, sim))
        console.assert_whole(b, sim)
        assert console.changes, "the upstream's changes reached a console on the standby"
        assert metric(b, "hub_upstream_calls_total") == 0, "the standby asked the upstream nothing"
        assert metric(a, "hub_upstream_calls_total") > 0
        assert requests.get(f"{b.url}/readyz", timeout=TIMEOUT_S).status_code == 200
    finally:
        console.close()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("replicas", [3], indirect=True)
def test_leader_killed_another_leads_within_5_s_log_has_no_gap_or_duplicate(replicas: list[HubServer],
                                                                            sim: SimServer) -> None:
    leader, *standbys = replicas
    assert leaders(replicas) == [leader]
    console = Console(standbys[0].url, standbys[0].tokens["viewer"], standbys[0].client().snapshot().cursor)
    console.start()
    stop = threading.Event()
    try:
        mover = advancing(sim, 40, stop)
        wait_for(lambda: console.changes)  # the burst flows
        leader.kill()
        assert mover.is_alive(), "the kill came mid-burst"
        took = wait_for(lambda: len(leaders(standbys)) == 1, TAKEOVER_S)
        mover.join(60)
        wait_for(lambda: all(same_as_upstream(h, sim) for h in standbys), 30)
        console.assert_whole(standbys[0], sim)
        assert console.streams == 1, "the console's replica was not the one killed"
        assert took < TAKEOVER_S
    finally:
        stop.set()
        console.close()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("replicas", [2], indirect=True)
def test_replica_whose_database_sessions_are_cut_catches_up_and_a_cut_leader_hands_over(
        replicas: list[HubServer], sim: SimServer, pg_cluster: PgCluster) -> None:
    a, b = replicas
    console = Console(b.url, b.tokens["viewer"], b.client().snapshot().cursor)
    console.start()
    stop = threading.Event()
    try:
        # The standby's sessions (pool, LISTEN) cut while the leader logs: it misses notifications, then catches up.
        mover = advancing(sim, 15, stop)
        wait_for(lambda: console.changes)
        assert cut_sessions(pg_cluster, b) >= 1
        mover.join(60)
        wait_for(lambda: same_as_upstream(a, sim) and same_as_upstream(b, sim), 30)
        console.assert_whole(b, sim)
        assert "lost the database's notifications" in b.log.read_text()
        # The leader's sessions cut (its lock with them): the other replica leads, the cut one stands by.
        mover = advancing(sim, 15, stop)
        assert cut_sessions(pg_cluster, a) >= 2
        wait_for(lambda: leaders(replicas) == [b], TAKEOVER_S + 5)
        mover.join(60)
        wait_for(lambda: same_as_upstream(a, sim) and same_as_upstream(b, sim), 30)
        console.assert_whole(b, sim)
        assert metric(a, "hub_leading") == 0
    finally:
        stop.set()
        console.close()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("replicas", [3], indirect=True)
def test_console_moved_between_replicas_mid_stream_nothing_lost_or_doubled(replicas: list[HubServer],
                                                                          sim: SimServer) -> None:
    balancer = Balancer([("127.0.0.1", h.port) for h in replicas]).start()
    console = Console(balancer.url, replicas[0].tokens["viewer"], replicas[0].client().snapshot().cursor)
    console.start()
    stop = threading.Event()
    try:
        wait_for(lambda: sum(balancer.active) == 1)
        on = replicas[balancer.active.index(1)]
        mover = advancing(sim, 30, stop)
        wait_for(lambda: console.changes)
        on.kill()  # its consoles reconnect through the balancer to another replica, from their cursor
        assert mover.is_alive(), "the kill came mid-stream"
        mover.join(60)
        alive = [h for h in replicas if h is not on]
        wait_for(lambda: all(same_as_upstream(h, sim) for h in alive), 30)
        console.assert_whole(alive[0], sim)
        assert console.streams >= 2, "the console reconnected"
        assert balancer.active[replicas.index(on)] == 0
        assert sum(balancer.active) >= 1
    finally:
        stop.set()
        console.close()
        balancer.stop()


@pytest.mark.parametrize("replicas", [2], indirect=True)
def test_concurrent_writes_to_one_ticket_via_two_replicas_one_200_one_412(replicas: list[HubServer]) -> None:
    a, b = replicas
    leads = [a.client("team_lead"), b.client("team_lead")]
    snap = leads[0].snapshot()
    agents = [ag.id for ag in snap.agents[:2]]
    targets = [t for t in snap.tickets if t.status in m.UNRESOLVED and t.assignee_id not in agents][:5]
    assert len(targets) == 5
    for t in targets:
        barrier = threading.Barrier(2)
        outcomes: list[m.Ticket | Conflict] = [None, None]  # type: ignore[list-item]

        def write(i: int, t: m.Ticket = t, barrier: threading.Barrier = barrier,
                  outcomes: list[m.Ticket | Conflict] = outcomes) -> None:
            barrier.wait()
            try:
                outcomes[i] = leads[i].assign(t.id, t.version, agents[i], "race")
            except Conflict as exc:
                outcomes[i] = exc

        threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(30)
        won = [o for o in outcomes if isinstance(o, m.Ticket)]
        lost = [o for o in outcomes if isinstance(o, Conflict)]
        assert len(won) == 1, outcomes
        assert len(lost) == 1, outcomes
        assert lost[0].status == 412
        assert lost[0].current is not None
        assert lost[0].current.version == won[0].version
        assert lost[0].current.assignee_id == won[0].assignee_id
        for hub in replicas:  # both replicas serve the winner's ticket
            wait_for(lambda hub=hub, t=t, won=won: by_id([hub.client().ticket(t.id)]) == by_id(won))


@pytest.mark.timeout(180)
def test_writes_left_by_a_killed_replica_are_settled_by_one_survivor_each_audited_once(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """A replica killed mid-bulk leaves pending writes; the two survivors both look for them every 2 s, and each is
    claimed by one of them: every write that took effect upstream has exactly one audit entry, the others none."""
    sim = make_sim(tmp_path, "--speed", "0", "--seed", "5", "--open-tickets", "1200")  # a bulk of 10 chunks
    hubs = start_replicas(pg_cluster, sim, tmp_path, 3)
    survivors, doomed = hubs[:2], hubs[2]
    try:
        lead = doomed.client("team_lead")
        snap = lead.snapshot()
        agent = snap.agents[0].id
        # Unassigned tickets: moving an assigned one frees its agent, whom the simulator's routing then gives a
        # waiting ticket, perhaps one of these, which would make a later chunk's versions stale.
        targets = [t for t in snap.tickets if t.status in m.UNRESOLVED and t.assignee_id is None][:1000]
        assert len(targets) == 1000
        items = [m.BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id=agent) for t in targets]

        def bulk() -> None:
            with contextlib.suppress(ApiError):  # the replica is killed under it: the answer never comes
                lead.bulk_assign(items, "kill test")

        writer = threading.Thread(target=bulk)
        writer.start()
        assert doomed.proc is not None
        left: list[tuple[int, int]] = []
        while not left:  # freeze the replica while a chunk is noted, on its way upstream
            wait_for(lambda: pending_rows(pg_cluster, doomed) > 0)
            doomed.proc.send_signal(signal.SIGSTOP)
            left = pending_versions(pg_cluster, doomed)
            if not left:  # it recorded that chunk's outcome between the two looks: let it go on to the next
                doomed.proc.send_signal(signal.SIGCONT)
        # The chunk reaches the upstream (if the frozen replica had not sent it yet, as it would have), and the
        # replica dies before it records the outcome.
        sim.client().bulk_assign([m.BulkAssignItem(ticket_id=tid, version=version, assignee_id=agent)
                                  for tid, version in left], "kill test")
        doomed.kill()
        writer.join(30)
        upstream = {t.id: t for t in sim.snapshot().tickets}
        moved = {t.id for t in targets if upstream[t.id].assignee_id == agent}
        assert 0 < len(moved) < len(targets), "the kill came mid-bulk: some tickets moved, not all"
        assert {tid for tid, _ in left} <= moved

        def audit() -> list[m.AuditEntry]:
            return survivors[0].client().audit(limit=1000, action="assign")

        wait_for(lambda: {a.ticket_id for a in audit()} == moved and pending_rows(pg_cluster, doomed) == 0, 40)
        time.sleep(2 * SETTLE_S)  # both survivors look again: nothing is settled twice
        counts = Counter(a.ticket_id for a in audit())
        assert set(counts) == moved, "every write that took effect upstream has its audit entry, and no other"
        assert [tid for tid, n in counts.items() if n != 1] == [], "a write audited twice"
        settled = {a.ticket_id for a in audit() if "settled after its hub stopped" in (a.reason or "")}
        assert settled == {tid for tid, _ in left}, "the survivors settled what the killed replica left, only that"
        for hub in survivors:
            wait_for(lambda hub=hub: all(hub.client().ticket(tid).version == upstream[tid].version for tid in moved))
    finally:
        for hub in hubs:
            hub.stop()
        sim.stop()


def pending_versions(cluster: PgCluster, hub: HubServer) -> list[tuple[int, int]]:
    """(ticket, version) of each write in ``hub``'s database whose outcome no replica has recorded yet."""
    dbname = hub.db.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=hub dbname={dbname}") as c:
        return [(int(tid), int(v)) for tid, v in c.execute("SELECT ticket_id, version FROM pending_writes")]


def pending_rows(cluster: PgCluster, hub: HubServer) -> int:
    return len(pending_versions(cluster, hub))


def test_sqlite_database_refuses_a_second_replica(sim: SimServer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    first = HubServer(db=db, upstream_kind="native", upstream_url=sim.url, upstream_token=sim.tokens["supervisor"],
                      log=tmp_path / "first.log").add_users().start()
    second = HubServer(db=db, upstream_kind="native", upstream_url=sim.url, upstream_token=sim.tokens["supervisor"],
                       log=tmp_path / "second.log")
    try:
        with pytest.raises(RuntimeError, match="a SQLite database has one replica"):
            second.start()
        assert first.client().snapshot().tickets, "the first keeps serving"
    finally:
        second.stop()
        first.stop()
