"""Every metric on hand-computed fixtures (DESIGN.md definitions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from api_client.models import Agent, AgentChange, ChangesPage, Snapshot, Ticket, TicketChange
from console.core.metrics import Filter
from console.core.store import LiveStore
from simulator.catalog import QUEUES

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday


def at(hh: int, mm: int, ss: int = 0, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=UTC)


def tk(tid: int, channel: str, created: datetime, *, requester: str = "", queue: str = "billing",
       **kw: object) -> Ticket:
    base = dict(id=tid, subject=f"t{tid}", channel=channel, queue_id=queue, priority="normal", status="open",
                requester={"id": requester or f"c{tid}", "name": "n", "tier": "standard", "language": "en"},
                created_at=created, updated_at=kw.pop("updated_at", created), version=1)
    base.update(kw)
    return msgspec.convert(base, Ticket)


AGENTS = [
    Agent(id="a1", name="Ann", team="Team Phoenix", state="busy", state_since=at(9, 50), skills=["billing"],
          capacity=2, version=1),
    Agent(id="a2", name="Bo", team="Team Harbour", state="available", state_since=at(9, 58), skills=["technical"],
          capacity=3, version=1),
    Agent(id="a3", name="Cy", team="Team Phoenix", state="break", state_since=at(9, 45), skills=["billing"],
          capacity=2, version=1),
    Agent(id="a4", name="Di", team="Team Harbour", state="offline", state_since=at(7, 0), skills=["technical"],
          capacity=2, version=1),
]

TICKETS = [
    # Answered phone call: waited 10 s (within billing's 20 s), solved, rated 5, NPS 10.
    tk(1, "phone", at(9, 30), requester="r1", first_response_at=at(9, 30, 10), solved_at=at(9, 35), status="solved",
       handle_s=290, csat=5, nps=10, updated_at=at(9, 35)),
    # The same customer calls again: a repeat contact; waited 40 s (missed), escalated, rated 2, NPS 3.
    tk(2, "phone", at(9, 40), requester="r1", first_response_at=at(9, 40, 40), solved_at=at(9, 50),
       status="solved", handle_s=500, csat=2, nps=3, escalated=True, updated_at=at(9, 50)),
    # A chat abandoned after two minutes.
    tk(3, "chat", at(9, 45), status="closed", abandoned=True, updated_at=at(9, 47)),
    # An email answered after 5 min, being worked on by a1.
    tk(4, "email", at(9, 50), first_response_at=at(9, 55), assignee_id="a1",
       first_response_due=at(10, 5), resolution_due=at(9, 50, day=24)),
    # An email waiting since 08:00 (before the window) whose first response was due at 08:15: breached.
    tk(5, "email", at(8, 0), status="new", first_response_due=at(8, 15), resolution_due=at(8, 0, day=24)),
    # A chat waiting 30 s, first response due in 4 min: at risk (billing's threshold is 5 min).
    tk(6, "chat", at(9, 59, 30), status="new", first_response_due=at(10, 4), resolution_due=at(9, 59, day=24)),
]


@pytest.fixture
def store() -> LiveStore:
    s = LiveStore(window_s=3600)
    s.load(Snapshot(cursor=10, server_time=NOW, clock_rate=0.0, queues=QUEUES, agents=AGENTS, tickets=TICKETS))
    return s


def test_queue_depth_backlog_and_longest_wait(store: LiveStore) -> None:
    m = store.metrics()
    assert (m.waiting, m.backlog) == (2, 3)  # tickets 5 and 6 wait; 4, 5 and 6 are unresolved
    assert m.longest_wait_s == 7200  # ticket 5, created 08:00
    billing = next(q for q in m.queues if q.queue_id == "billing")
    assert (billing.waiting, billing.backlog, billing.longest_wait_s) == (2, 3, 7200)


def test_breached_and_at_risk(store: LiveStore) -> None:
    m = store.metrics()
    assert (m.breached, m.at_risk) == (1, 1)
    assert [t.id for t in store.drill_down("breached")] == [5]
    assert [t.id for t in store.drill_down("at_risk")] == [6]
    assert sorted(t.id for t in store.drill_down("waiting")) == [5, 6]
    assert sorted(t.id for t in store.drill_down("backlog")) == [4, 5, 6]
    later = store.metrics(now=at(10, 5, 1).timestamp())  # ticket 4's first response was made: not breached
    assert (later.breached, later.at_risk) == (2, 0)  # ticket 6's due passed at 10:04


def test_service_level_asa_and_abandonment(store: LiveStore) -> None:
    m = store.metrics()
    # Live contacts in the hour: two answered (10 s within 20 s, 40 s not), one abandoned.
    assert m.service_level == pytest.approx(1 / 3)
    assert m.sl_target == pytest.approx(sum(q.service_level.percent for q in QUEUES) / len(QUEUES) / 100)
    assert m.asa_s == pytest.approx(25)
    assert m.abandonment == pytest.approx(1 / 3)


def test_response_resolution_and_handle_times(store: LiveStore) -> None:
    m = store.metrics()
    assert m.frt_s == pytest.approx((10 + 40 + 300) / 3)  # all channels
    assert m.resolution_s == pytest.approx((300 + 600) / 2)
    assert m.aht_s == pytest.approx((290 + 500) / 2)


def test_quality_metrics(store: LiveStore) -> None:
    m = store.metrics()
    assert m.fcr == pytest.approx(0.5)  # ticket 2 was escalated
    assert m.repeat_rate == pytest.approx(1 / 5)  # 5 arrivals in the hour, ticket 2 repeats ticket 1's customer
    assert m.csat == pytest.approx(0.5)  # ratings 5 and 2: one of two is 4-5
    assert m.nps == pytest.approx(0.0)  # one promoter, one detractor
    assert (m.arrivals, m.handled) == (5, 2)


def test_agents_state_load_and_occupancy(store: LiveStore) -> None:
    m = store.metrics()
    assert m.agent_states == {"busy": 1, "available": 1, "break": 1, "offline": 1}
    assert m.signed_in == 3
    assert m.occupancy == pytest.approx(1 / 2)  # busy / (available + busy + after-call work)
    loads = {a.agent_id: a for a in store.agent_loads()}
    assert set(loads) == {"a1", "a2", "a3"}  # offline agents with no work are not on the board
    assert (loads["a1"].active, loads["a1"].load) == (1, 0.5)
    assert loads["a1"].in_state_s == 600


def test_window_slides(store: LiveStore) -> None:
    m = store.metrics(now=at(10, 40).timestamp())  # the window is now (09:40, 10:40]: ticket 1 left it
    assert m.arrivals == 3  # ticket 2 arrived at 09:40:00, on the window's open end (answered 40 s later: in)
    assert m.service_level == pytest.approx(0 / 2)  # ticket 2 (missed) and the abandoned chat
    assert m.handled == 1
    assert m.csat == pytest.approx(0.0)
    empty = store.metrics(now=at(12, 0).timestamp())
    assert (empty.service_level, empty.csat, empty.aht_s) == (None, None, None)  # no data is not zero


def test_filters_apply_to_every_number(store: LiveStore) -> None:
    phone = store.metrics(Filter(channels=frozenset({"phone"})))
    assert (phone.waiting, phone.arrivals, phone.handled) == (0, 2, 2)
    assert phone.service_level == pytest.approx(1 / 2)
    email = store.metrics(Filter(channels=frozenset({"email"})))
    assert (email.waiting, email.breached, email.frt_s) == (1, 1, 300)
    technical = store.metrics(Filter(queues=frozenset({"technical"})))
    assert (technical.waiting, technical.backlog, technical.arrivals) == (0, 0, 0)
    assert [q.queue_id for q in technical.queues] == ["technical"]
    harbour = store.metrics(Filter(teams=frozenset({"Team Harbour"})))  # serves technical only
    assert harbour.waiting == 0
    assert {a.agent_id for a in store.agent_loads(Filter(teams=frozenset({"Team Harbour"})))} == {"a2"}
    assert harbour.agent_states == {"available": 1, "offline": 1}
    urgent = store.metrics(Filter(priorities=frozenset({"urgent"})))
    assert (urgent.waiting, urgent.backlog) == (0, 0)


def test_updates_move_the_numbers(store: LiveStore) -> None:
    taken = msgspec.structs.replace(TICKETS[5], assignee_id="a1", first_response_at=at(10, 0, 10), version=2,
                                    updated_at=at(10, 0, 10))
    moved = msgspec.structs.replace(AGENTS[1], state="busy", state_since=at(10, 0, 10), version=2)
    store.apply(ChangesPage(cursor=12, server_time=at(10, 0, 10), changes=[
        TicketChange(id=11, at=at(10, 0, 10), ticket=taken), AgentChange(id=12, at=at(10, 0, 10), agent=moved)]))
    m = store.metrics()
    assert (m.waiting, m.at_risk) == (1, 0)
    assert m.service_level == pytest.approx(1 / 4)  # the chat waited 40 s: answered, not within 20 s
    assert {a.agent_id: a.active for a in store.agent_loads()}["a1"] == 2
    assert m.agent_states["busy"] == 2


def test_console_computes_due_times_on_business_hours_when_the_backend_sends_none() -> None:
    # After-sales: 08:00-20:00 Mon-Fri, first response 1 h at normal priority.
    friday = tk(7, "email", at(19, 50, day=27), queue="after_sales", status="new")
    s = LiveStore()
    s.load(Snapshot(cursor=1, server_time=at(8, 40, day=30), clock_rate=0.0, queues=QUEUES, agents=AGENTS,
                    tickets=[friday]))
    # 10 min on Friday + 50 min on Monday from 08:00: due Monday 08:50.
    assert (s.metrics().breached, s.metrics().at_risk) == (0, 1)  # 10 min left, threshold 15 min
    assert s.metrics(now=at(8, 34, day=30).timestamp()).at_risk == 0
    assert s.metrics(now=at(8, 50, 1, day=30).timestamp()).breached == 1
    assert s.metrics(now=at(23, 0, day=27).timestamp()).breached == 0  # the weekend does not count


def test_a_paused_clock_does_not_breach() -> None:
    waiting_on_customer = tk(8, "email", at(8, 0), status="pending", sla_paused=True,
                             first_response_at=at(8, 5), first_response_due=at(8, 15), resolution_due=None)
    s = LiveStore()
    s.load(Snapshot(cursor=1, server_time=at(8, 0, day=25), clock_rate=0.0, queues=QUEUES, agents=AGENTS,
                    tickets=[waiting_on_customer]))
    m = s.metrics()
    assert (m.backlog, m.waiting, m.breached, m.at_risk) == (1, 0, 0, 0)
    resumed = msgspec.structs.replace(waiting_on_customer, status="open", sla_paused=False, version=2,
                                      resolution_due=at(8, 0, day=25) + timedelta(hours=2))
    s.apply(ChangesPage(cursor=2, server_time=at(8, 0, day=25), changes=[
        TicketChange(id=2, at=at(8, 0, day=25), ticket=resumed)]))
    assert s.metrics(now=at(10, 1, day=25).timestamp()).breached == 1
