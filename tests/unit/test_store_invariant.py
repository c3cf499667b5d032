"""A number never depends on when the console started (DESIGN.md): a store loaded from a snapshot at cursor C
equals one that followed the change feed to C from any earlier snapshot, for every metric and filter.

The real simulator (its engine behind the service that the HTTP surface serves: the same snapshot and feed
bytes) runs a centre in which tickets move between queues and priorities (its own escalations and a lead's),
and may restart from its file; consoles start from snapshots taken at different times, follow the feed in
pages of random size at random moments, and at the end are compared, number by number, with a console that
loads the snapshot there.
"""

from __future__ import annotations

import dataclasses
import math
import random
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from api_client import models as m
from console.core.metrics import Filter
from console.core.store import LiveStore
from simulator.engine import Config, Engine
from simulator.service import Service

START = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday morning
LEAD = m.User(id="u-lead", name="lead", role="team_lead")
SNAPSHOT = msgspec.json.Decoder(m.Snapshot)
PAGE = msgspec.json.Decoder(m.ChangesPage)
DRILLS = ("waiting", "breached", "at_risk", "backlog")


def follow(store: LiveStore, service: Service, limit: int) -> None:
    """Apply the feed up to its head in pages of ``limit`` changes, as the sync worker does: one page at least, so
    that a quiet spell (no change since the last page) still brings the server's time."""
    while True:
        _, body = service.changes(store.cursor, limit)
        store.apply(PAGE.decode(body))
        if store.cursor >= service.head():
            return


def loaded(service: Service) -> LiveStore:
    store = LiveStore()
    store.load(SNAPSHOT.decode(service.snapshot()))
    return store


def escalate_some(service: Service, rng: random.Random, count: int) -> int:
    """A lead escalates ``count`` open tickets: to another queue, or to another priority in the same queue."""
    engine = service.engine
    with engine.lock:
        open_ids = sorted(t.id for t in engine.tickets.values() if t.status in m.UNRESOLVED)
    done = 0
    for tid in rng.sample(open_ids, min(count, len(open_ids))):
        t = service.ticket(tid)
        if rng.random() < 0.5:
            req = m.EscalateRequest(queue_id=rng.choice(sorted(set(engine.queues) - {t.queue_id})), reason="r")
        else:
            req = m.EscalateRequest(priority=rng.choice([p for p in m.PRIORITIES if p != t.priority]), reason="r")
        service.escalate(LEAD, tid, t.version, req)
        done += 1
    return done


def numbers(store: LiveStore, flt: Filter, now: float) -> dict[str, object]:
    """Every number the console shows for ``flt`` at ``now``: metrics, each queue's, agent loads, drill-downs."""
    metrics = store.metrics(flt, now)
    out: dict[str, object] = {f.name: getattr(metrics, f.name) for f in dataclasses.fields(metrics)
                              if f.name != "queues"}
    for q in metrics.queues:
        out |= {f"{q.queue_id}.{k}": v for k, v in dataclasses.asdict(q).items()}
    for a in store.agent_loads(flt, now):
        out[f"agent.{a.agent_id}"] = (a.state, a.in_state_s, a.active, a.capacity)
    for kind in DRILLS:
        out[f"drill.{kind}"] = sorted(t.id for t in store.drill_down(kind, flt, now))
    return out


def assert_same(expected: dict[str, object], got: dict[str, object], what: str) -> None:
    assert expected.keys() == got.keys(), what
    for key, want in expected.items():
        have = got[key]
        if isinstance(want, float) and isinstance(have, float):
            # Window sums are kept by adding and subtracting: equal up to rounding.
            assert math.isclose(have, want, rel_tol=1e-9, abs_tol=1e-6), f"{what}: {key} {have} != {want}"
        else:
            assert have == want, f"{what}: {key} {have!r} != {want!r}"


def filters(store: LiveStore, rng: random.Random) -> list[Filter]:
    """All, each queue, each priority, each channel, each team, and random mixes of them."""
    queues = sorted(store.queues)
    teams = sorted({a.team for a in store.agents.values()})
    out = [Filter()]
    out += [Filter(queues=frozenset({q})) for q in queues]
    out += [Filter(priorities=frozenset({p})) for p in m.PRIORITIES]
    out += [Filter(channels=frozenset({c})) for c in m.CHANNELS]
    out += [Filter(teams=frozenset({t})) for t in teams]
    for _ in range(6):
        out.append(Filter(queues=frozenset(rng.sample(queues, rng.randint(0, 3))),
                          channels=frozenset(rng.sample(m.CHANNELS, rng.randint(0, 3))),
                          priorities=frozenset(rng.sample(m.PRIORITIES, rng.randint(0, 2))),
                          teams=frozenset(rng.sample(teams, rng.randint(0, 1)))))
    return out


@settings(max_examples=20, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
# A restart as the last step: what resuming re-derives must be on the feed before the snapshot shows it.
@example(seed=0, scenario="normal", steps=[600] * 4, starts=[1], limits=[100] * 4, restart=4)
@given(seed=st.integers(0, 10_000), scenario=st.sampled_from(("normal", "peak", "agent-outage")),
       steps=st.lists(st.integers(20, 900), min_size=4, max_size=14),
       starts=st.lists(st.integers(0, 13), min_size=1, max_size=3),
       limits=st.lists(st.integers(5, 700), min_size=4, max_size=4),
       restart=st.one_of(st.none(), st.integers(0, 13)))
def test_a_store_loaded_at_c_equals_one_that_followed_the_feed_to_c(
        seed: int, scenario: str, steps: list[int], starts: list[int], limits: list[int], restart: int | None,
) -> None:
    rng = random.Random(seed)
    path = Path(tempfile.mkdtemp(prefix="invariant-")) / "c.sqlite"
    engine = Engine.open(path, Config(seed=seed, agents=30, scenario=scenario, start=START), reset=True)
    service = Service(engine, clock_rate=0.0)
    # More than the one-hour window, so events also leave the window while the consoles follow.
    steps = [*steps, max(0, 4500 - sum(steps))]
    consoles: list[tuple[LiveStore, int]] = [(loaded(service), limits[0])]
    escalated = 0
    for i, step in enumerate(steps):
        with engine.lock:
            engine.advance_to(engine.now + step)
        escalated += escalate_some(service, rng, rng.randint(0, 3))
        if i == restart:  # the simulator restarts from its file; the consoles carry on from their cursors
            engine.db.close()
            engine = Engine.open(path, Config(seed=seed, agents=30, scenario=scenario, start=START))
            service = Service(engine, clock_rate=0.0)
        if i in starts:
            consoles.append((loaded(service), limits[len(consoles) % len(limits)]))
        for store, limit in consoles:
            if rng.random() < 0.7:  # a console may lag a step, and then sees several writes of a ticket as one
                follow(store, service, limit)
                store.sample_history()
                store.metrics()  # a repaint: the window moves on
    reference = loaded(service)
    for store, limit in consoles:
        follow(store, service, limit)
    now = reference.server_time
    assert escalated, "a lead must move tickets for the property to bite"
    assert any(t.route for t in reference.tickets.values()), "the snapshot must say where moved tickets were"
    for flt in filters(reference, rng):
        expected = numbers(reference, flt, now)
        for n, (store, _) in enumerate(consoles):
            assert store.cursor == reference.cursor
            assert_same(expected, numbers(store, flt, now), f"console {n}, {flt}")


def test_a_console_that_followed_a_whole_day_equals_one_loaded_at_its_end() -> None:
    """Past a day, the snapshot no longer brings a requester's earlier contacts: the server says which contact is
    a repeat (within 7 days), so the repeat rate, like every other number, does not depend on the start."""
    path = Path(tempfile.mkdtemp(prefix="invariant-")) / "c.sqlite"
    engine = Engine.open(path, Config(seed=4, agents=30, start=START), reset=True)
    service = Service(engine, clock_rate=0.0)
    follower = loaded(service)
    for _ in range(26):
        with engine.lock:
            engine.advance_to(engine.now + 3600)
        follow(follower, service, 1000)
        follower.sample_history()  # forgets tickets resolved over an hour ago, as a running console does
        follower.metrics()
    reference = loaded(service)
    now = reference.server_time
    assert reference.metrics(now=now).repeat_rate
    for flt in [Filter(), *(Filter(queues=frozenset({q})) for q in reference.queues)]:
        assert_same(numbers(reference, flt, now), numbers(follower, flt, now), str(flt))
