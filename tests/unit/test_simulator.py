"""The simulated centre in-process: determinism, scenarios, invariants, persistence, scale."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest

from api_client.models import UNRESOLVED, Interaction
from simulator.engine import Config, Engine
from simulator.engine.roster import hire

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday


def build(tmp_path: Path, name: str = "c.sqlite", **kw: object) -> Engine:
    config = Config(start=START, **kw)  # type: ignore[arg-type]
    return Engine.open(tmp_path / name, config, reset=True)


def advance(engine: Engine, seconds: float) -> None:
    with engine.lock:
        engine.advance_to(engine.now + seconds)


def state(engine: Engine) -> bytes:
    return msgspec.json.encode(sorted(engine.tickets.values(), key=lambda t: t.id))


def test_same_seed_same_centre(tmp_path: Path) -> None:
    a, b = build(tmp_path, "a.sqlite", seed=5), build(tmp_path, "b.sqlite", seed=5)
    for engine in (a, b):
        advance(engine, 1800)
        advance(engine, 1800)
    assert state(a) == state(b)
    assert a.cursor == b.cursor > 0


def test_other_seed_other_centre(tmp_path: Path) -> None:
    a, b = build(tmp_path, "a.sqlite", seed=5), build(tmp_path, "b.sqlite", seed=6)
    assert state(a) != state(b)


def arrivals(engine: Engine, seconds: float) -> int:
    before = engine.next_ticket_id
    advance(engine, seconds)
    return engine.next_ticket_id - before


def test_peak_brings_a_surge(tmp_path: Path) -> None:
    normal = arrivals(build(tmp_path, "n.sqlite", seed=2), 3600)
    peak = arrivals(build(tmp_path, "p.sqlite", seed=2, scenario="peak"), 3600)
    assert normal > 100  # a 60-agent centre mid-morning
    assert 1.8 < peak / normal < 3.5  # the surge factor is 2.5


def test_agent_outage_takes_agents_offline(tmp_path: Path) -> None:
    normal = build(tmp_path, "n.sqlite", seed=2)
    outage = build(tmp_path, "o.sqlite", seed=2, scenario="agent-outage")
    advance(normal, 600)
    advance(outage, 600)
    online = [sum(a.state != "offline" for a in e.agents.values()) for e in (normal, outage)]
    assert online[1] < online[0] * 0.75


def test_intraday_curve_quiet_at_night(tmp_path: Path) -> None:
    engine = build(tmp_path, seed=4)
    day = arrivals(engine, 3600)  # 10:00-11:00
    advance(engine, 14 * 3600)  # to 01:00
    night = arrivals(engine, 3600)
    assert night < day / 5


def test_load_and_states_stay_consistent_over_a_day(tmp_path: Path) -> None:
    engine = build(tmp_path, seed=9)
    for _ in range(24):
        advance(engine, 3600)
        active = Counter(t.assignee_id for t in engine.tickets.values()
                         if t.status == "open" and t.assignee_id is not None)
        for agent_id, rt in engine.runtime.items():
            assert rt.load == active[agent_id], agent_id
            a = engine.agents[agent_id]
            if a.state == "available":
                assert rt.load == 0
                assert rt.on_shift
            if a.state == "offline":
                assert rt.load == 0
        for t in engine.tickets.values():
            if t.status in ("new", "open") and t.assignee_id is None:
                assert t.first_response_due is not None
            if t.status == "pending":
                assert t.sla_paused
                assert t.resolution_due is None


def test_every_solved_ticket_has_a_transcript(tmp_path: Path) -> None:
    engine = build(tmp_path, seed=11)
    advance(engine, 3600)
    solved = {t.id for t in engine.tickets.values() if t.status == "solved"}
    rows = engine.db.rows("SELECT ticket_id, data FROM interactions")
    assert solved
    assert solved <= {r[0] for r in rows}
    items = [msgspec.json.decode(r[1], type=Interaction) for r in rows]
    languages = Counter(i.language for i in items)
    assert languages["zh"] > 0
    assert languages["en"] > 0
    for i in items:
        assert i.turns[0].at >= i.started_at
        assert i.turns[-1].at <= i.ended_at
        assert (i.recording_url is not None) == (i.channel == "phone")
        assert any(t.internal for t in i.turns)  # an internal note beside customer-visible turns


def test_restart_resumes_the_same_centre(tmp_path: Path) -> None:
    engine = build(tmp_path, seed=12)
    advance(engine, 1800)
    cursor, open_before = engine.cursor, {t.id: t.version for t in engine.tickets.values()
                                          if t.status in UNRESOLVED}
    engine.db.close()
    again = Engine.open(tmp_path / "c.sqlite", Config(seed=99))  # config ignored: the file wins
    assert again.seed == 12
    assert again.cursor == cursor
    assert {t.id: t.version for t in again.tickets.values() if t.status in UNRESOLVED} == open_before
    advance(again, 600)
    assert again.cursor > cursor


@pytest.mark.slow
def test_scales_to_100k_open_tickets_and_2000_agents(tmp_path: Path) -> None:
    engine = build(tmp_path, seed=1, agents=2000, open_tickets=100_000)
    assert engine.open_count() >= 100_000
    assert len(engine.agents) == 2000
    advance(engine, 60)
    count = engine.db.rows("SELECT COUNT(*) FROM tickets WHERE status IN ('new', 'open', 'pending')")[0][0]
    assert count == engine.open_count()


@pytest.mark.parametrize("count", [60, 2000])
def test_agent_names_are_unique_and_seeded(count: int) -> None:
    names = [a.name for a in hire(count, random.Random(11), START)]
    assert len(set(names)) == count
    assert names == [a.name for a in hire(count, random.Random(11), START)]
    assert names != [a.name for a in hire(count, random.Random(12), START)]
