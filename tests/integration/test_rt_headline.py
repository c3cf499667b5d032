"""The headline numbers on a real RT 5 (tests/helpers/rt): service level from first replies against the response
due time RT's SLA set, agent states from activity, CSAT from a ticket custom field (docs/backends.md)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from api_client.models import AgentChange
from api_client.vendors.rt import ACTIVE_S, RtBackend
from console.core.metrics import Filter
from console.core.store import LiveStore
from tests.helpers.rt.instance import RtInstance, unavailable_reason
from tests.integration.test_rt_backend import new_ticket, rt  # noqa: F401 (the session's RT instance)

REASON = unavailable_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


@pytest.fixture
def backend(rt: RtInstance) -> Iterator[RtBackend]:
    b = RtBackend(rt.url, rt.tokens["supervisor"], poll_s=0.2)
    yield b
    b.close()


def asked(rt: RtInstance, queue: str) -> int:
    """A ticket as the requestor opens it (RT's SLA then runs the response clock: Due = created + Response)."""
    resp = rt.rest("POST", "ticket", json={"Queue": queue, "Subject": "Where is my parcel?", "Content": "Hello?",
                                           "ContentType": "text/plain", "Requestor": "supervisor@localhost"})
    assert resp.status_code == 201, resp.text
    return int(resp.json()["id"])


def reply(rt: RtInstance, tid: int, user: str = "agent1") -> None:
    resp = rt.rest("POST", f"ticket/{tid}/correspond", user=user,
                   json={"Content": "We are on it.", "ContentType": "text/plain"})
    assert resp.status_code == 201, resp.text


def near(when: datetime | None, expected: datetime) -> bool:
    """RT stamps Created, then sets Due from its own clock in the same request: a busy machine can cross a second
    between the two."""
    return when is not None and abs(when - expected) <= timedelta(seconds=2)


def test_first_reply_and_its_target_come_from_rts_history(rt: RtInstance, backend: RtBackend) -> None:
    replied, waiting, no_sla = asked(rt, "Support"), asked(rt, "Support"), asked(rt, "Billing")
    reply(rt, replied)
    reply(rt, replied)  # a second reply moves RT's Told, not the first reply
    reply(rt, no_sla)
    a, b, c = backend.ticket(replied), backend.ticket(waiting), backend.ticket(no_sla)
    # Support's SLA 'standard' answers within 60 minutes: RT set Due to created + 60 min until the reply
    assert a.first_response_at is not None
    assert near(a.first_response_due, a.created_at + timedelta(minutes=60))
    assert a.first_response_at <= a.updated_at
    assert near(a.resolution_due, a.created_at + timedelta(hours=8))  # after the reply, Due is the resolve deadline
    assert (b.first_response_at, b.first_response_due) == (None, None)  # not replied: counted when it is
    assert near(b.resolution_due, b.created_at + timedelta(minutes=60))  # RT's Due: the response deadline for now
    assert c.first_response_at is not None
    assert c.first_response_due is None

    snap = backend.snapshot()
    store = LiveStore()
    store.load(snap)
    support = next(q.id for q in snap.queues if q.name == "Support")
    billing = next(q.id for q in snap.queues if q.name == "Billing")
    now = snap.server_time.timestamp()
    counted = [t for t in snap.tickets if t.queue_id == support and t.first_response_at is not None
               and t.first_response_due is not None and t.first_response_at.timestamp() > now - store.window_s]
    assert replied in {t.id for t in counted}
    met = sum(t.first_response_at <= t.first_response_due for t in counted)  # type: ignore[operator]
    assert store.metrics(Filter(queues=frozenset({support}))).service_level == pytest.approx(met / len(counted))
    assert store.metrics(Filter(queues=frozenset({billing}))).service_level is None  # "–", not 0 %


def test_agent_states_follow_activity_in_rt(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt, "Escalations")
    agents = {a.id: a for a in backend.snapshot().agents}
    assert agents["supervisor"].state == "available"  # created tickets a moment ago
    assert agents["agent3"].state == "offline"  # never acted in RT
    snap = backend.snapshot()
    # a quarter of an hour later with nobody acting, everyone who was available is offline
    idle = backend._agent_changes(snap.server_time + timedelta(seconds=ACTIVE_S + 1), 10**9)
    assert {c.agent.id for c in idle} >= {"supervisor"}
    assert all(c.agent.state == "offline" for c in idle)
    reply(rt, tid, user="agent1")
    page = backend.changes(snap.cursor, wait=5)
    moved = {c.agent.id: c.agent for c in page.changes if isinstance(c, AgentChange)}
    assert moved["agent1"].state == "available"  # replied just now: back in the feed
    assert moved["agent1"].state_since >= snap.server_time - timedelta(seconds=ACTIVE_S)
    assert "agent3" not in moved


def test_csat_is_read_from_the_named_custom_field(rt: RtInstance, backend: RtBackend) -> None:
    rated, unrated = new_ticket(rt, "Support"), new_ticket(rt, "Support")
    resp = rt.rest("PUT", f"ticket/{rated}", json={"CustomFields": {"CSAT": "4"}})
    assert resp.status_code == 200, resp.text
    assert (backend.ticket(rated).csat, backend.ticket(unrated).csat) == (4, None)
    other = RtBackend(rt.url, rt.tokens["supervisor"], csat_field="Satisfaction")
    try:
        assert other.ticket(rated).csat is None  # a centre whose field has another name configures it
    finally:
        other.close()
