"""The simulated centre is the same however its clock is advanced, and its processes draw apart.

Same seed and start, same centre: one hour advanced in one step, in sixty steps of a minute or in
any other chunking gives the same tickets, agents, pending events, interactions and audit entries
(only the persisted versions and the feed's cursor count the writes, and so the steps).
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api_client.models import AgentChange, TicketChange
from simulator.engine import Config, Engine

START = datetime(2026, 11, 23, 11, 30, tzinfo=UTC)  # a Monday; the 12:00 shift starts within the hour
HOUR = 3600.0
CHANGE = msgspec.json.Decoder(TicketChange | AgentChange)


def run(cuts: Sequence[float], seed: int = 5) -> Engine:
    """A fresh centre advanced one hour, stopping at each of ``cuts`` (seconds after the start)."""
    path = Path(tempfile.mkdtemp(prefix="determinism-")) / "c.sqlite"
    engine = Engine.open(path, Config(seed=seed, start=START), reset=True)
    with engine.lock:
        for cut in [*sorted(set(cuts)), HOUR]:
            engine.advance_to(START.timestamp() + cut)
    return engine


def unversioned(items: object) -> bytes:
    """Tickets or agents as JSON, without the version that counts the writes."""
    return msgspec.json.encode([msgspec.structs.replace(x, version=0) for x in items])  # type: ignore[attr-defined]


def feed_last_word(engine: Engine) -> bytes:
    """What the change feed last said about every ticket and agent."""
    last: dict[str, object] = {}
    for (blob,) in engine.db.rows("SELECT data FROM events ORDER BY id"):
        change = CHANGE.decode(blob)
        item = change.ticket if isinstance(change, TicketChange) else change.agent
        last[f"{type(item).__name__}:{item.id}"] = item
    return unversioned(last[key] for key in sorted(last))


def centre(engine: Engine) -> dict[str, object]:
    """Everything that must not depend on the chunking."""
    rows = engine.db.rows
    return {
        "now": engine.now,
        "tickets": unversioned(engine.tickets[tid] for tid in sorted(engine.tickets)),
        "agents": unversioned(engine.agents.values()),
        "runtime": [vars(rt) for rt in engine.runtime.values()],
        "pending events": sorted((e.at, e.seq, e.kind, e.target, e.epoch) for e in engine.schedule),
        "next arrivals": dict(engine.next_arrival),
        "interactions": rows("SELECT id, ticket_id, agent_id, data FROM interactions ORDER BY id"),
        "audit": rows("SELECT id, ticket_id, actor_id, action, data FROM audit ORDER BY id"),
        "feed": feed_last_word(engine),
    }


@functools.cache
def one_step() -> dict[str, object]:
    return centre(run([]))


def assert_same(other: dict[str, object]) -> None:
    reference = one_step()
    assert isinstance(reference["tickets"], bytes)
    assert len(msgspec.json.decode(reference["tickets"])) > 500  # two hours of warm-up and one of the day
    for key, value in reference.items():
        assert other[key] == value, f"{key} differ"


def test_an_hour_in_sixty_steps_is_the_hour_in_one() -> None:
    assert_same(centre(run([60.0 * i for i in range(1, 60)])))


def test_steps_that_straddle_the_shift_start() -> None:
    assert_same(centre(run([1799.5, 1800.0, 1800.25, 2400.0])))  # 12:00 is 1800 s in


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.floats(min_value=0.001, max_value=HOUR - 0.001), max_size=25))
def test_any_chunking_gives_the_same_centre(cuts: list[float]) -> None:
    assert_same(centre(run(cuts)))


def test_the_customers_do_not_depend_on_the_agents(tmp_path: Path) -> None:
    """Arrivals and who the customers are have streams of their own: sending agents on a break
    changes waits and outcomes, never who calls when (common random numbers)."""
    usual = run([])
    short = Engine.open(tmp_path / "s.sqlite", Config(seed=5, start=START), reset=True)
    with short.lock:
        for agent_id in list(short.agents)[::3]:
            short.force_state(agent_id, "break")
        short.advance_to(START.timestamp() + HOUR)

    def customers(engine: Engine) -> list[tuple[object, ...]]:
        return [(t.id, t.created_at, t.channel, t.requester) for t in engine.tickets.values()]

    def handled(engine: Engine) -> list[tuple[object, ...]]:
        return [(t.id, t.status, t.assignee_id) for t in engine.tickets.values()]

    assert customers(short) == customers(usual)
    assert handled(short) != handled(usual)
