"""The simulated centre routes as a contact centre does: a call takes the whole agent, chats run up to the
agent's capacity, every open queue has someone on shift with its skill, and a stress passes."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from api_client.models import Ticket
from simulator.engine import Config, Engine, roster

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday, the morning peak
STEP = 60.0


def build(tmp_path: Path, name: str, **kw: object) -> Engine:
    return Engine.open(tmp_path / name, Config(start=START, **kw), reset=True)  # type: ignore[arg-type]


def advance(engine: Engine, seconds: float) -> None:
    with engine.lock:
        engine.advance_to(engine.now + seconds)


def on_a_call(t: Ticket) -> bool:
    """A first contact by phone being handled (a reply or an escalation later is worked as a ticket)."""
    return t.channel == "phone" and t.status == "open" and t.assignee_id is not None and not t.reopened \
        and not t.escalated


def waiting(engine: Engine) -> list[Ticket]:
    return [t for t in engine.tickets.values() if t.assignee_id is None and t.status in ("new", "open")]


def longest_wait(engine: Engine) -> float:
    return max((engine.now - t.created_at.timestamp() for t in waiting(engine)), default=0.0)


def test_a_phone_call_makes_the_agent_unavailable_for_other_contacts(tmp_path: Path) -> None:
    engine = build(tmp_path, "c.sqlite", seed=3)
    calls = chats_beside_chats = available_minutes = 0
    for _ in range(60):
        advance(engine, STEP)
        held: dict[str, list[Ticket]] = defaultdict(list)
        for t in engine.tickets.values():
            if t.status == "open" and t.assignee_id is not None:
                held[t.assignee_id].append(t)
        for agent_id, tickets in held.items():
            agent = engine.agents[agent_id]
            if any(on_a_call(t) for t in tickets):
                calls += 1
                assert len(tickets) == 1, (agent_id, [(t.id, t.channel) for t in tickets])
                assert agent.state == "busy"
            live_chats = [t for t in tickets if t.channel == "chat" and not t.reopened and not t.escalated]
            assert len(live_chats) <= agent.capacity
            chats_beside_chats += len(live_chats) > 1
        for agent in engine.agents.values():
            if agent.state == "available":
                assert agent.id not in held  # available: holding no contact, free for a call
        available_minutes += any(a.state == "available" for a in engine.agents.values())
    assert calls > 100  # agent-minutes on a call: the check above ran
    assert chats_beside_chats > 0  # chats do run side by side
    assert available_minutes >= 50  # someone is free most minutes of a normal morning peak


@pytest.mark.parametrize("agents", [9, 30, 45, 60, 200, 2000])
def test_the_rota_leaves_no_open_queue_without_its_skill(agents: int) -> None:
    shifts = roster.rota(agents)
    assert len(shifts) == agents
    for weekday in range(7):
        assert roster.uncovered(shifts, weekday) == []
    no_complaints = frozenset(i for i in range(agents) if "complaints" not in roster.team_skills(i))
    assert (10, "complaints") in roster.uncovered(shifts, 0, present=no_complaints)  # the check sees a gap
    assert (10, "complaints") not in roster.uncovered(shifts, 5, present=no_complaints)  # closed on Saturday


def test_no_skill_is_uncovered_during_open_hours(tmp_path: Path) -> None:
    engine = build(tmp_path, "c.sqlite", seed=4, agents=30)
    for _ in range(24 * 4):  # a day from 10:00, every quarter of an hour
        advance(engine, 900)
        skills = {s for a in engine.agents.values() if a.state != "offline" for s in a.skills}
        hour, weekday = engine.sim_datetime().hour, engine.sim_datetime().weekday()
        for q in engine.queues.values():
            if roster.open_at(q.id, hour, weekday):
                assert q.skill in skills, (engine.sim_datetime(), q.id)


@pytest.mark.parametrize("scenario", ["peak", "agent-outage"])
def test_backlog_drains_after_a_stress(tmp_path: Path, scenario: str) -> None:
    normal, stressed = build(tmp_path, "n.sqlite", seed=6), build(tmp_path, "s.sqlite", seed=6, scenario=scenario)
    worst = 0.0
    for _ in range(120):  # the two hours of the stress
        advance(normal, STEP)
        advance(stressed, STEP)
        worst = max(worst, longest_wait(stressed))
    assert worst > 3 * max(600.0, longest_wait(normal))  # the stress shows
    assert stressed.scenario == "normal"  # and is over
    online = sum(a.state != "offline" for a in stressed.agents.values())
    assert online >= 0.9 * sum(a.state != "offline" for a in normal.agents.values())  # agents are back
    recovered_at = None
    for minute in range(1, 121):
        advance(normal, STEP)
        advance(stressed, STEP)
        back = longest_wait(stressed) < 600 and len(waiting(stressed)) <= len(waiting(normal)) + 5
        if recovered_at is None and back:
            recovered_at = minute
    assert recovered_at is not None
    assert recovered_at <= 90
    assert len(waiting(stressed)) <= len(waiting(normal)) + 5  # and stays so
