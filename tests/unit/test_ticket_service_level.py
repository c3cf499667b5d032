"""Service level on a ticket system (docs/metrics.md): in a queue without a live threshold, the share of tickets
whose first reply came by its first-reply due time (the system's own, or computed from the queue's SLA policy),
every channel; the tile, the queue's row and the chart agree, and a queue without targets shows "no data"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from api_client.models import ChangesPage, Queue, ServiceLevelTarget, SlaTarget, Snapshot, Ticket, TicketChange
from console.core.charts import chart_data
from console.core.metrics import Filter
from console.core.store import LiveStore

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
NO_LIVE = ServiceLevelTarget(percent=0, threshold_s=0)  # what the vendor adapters send: no live threshold
SUPPORT = Queue(id="1", name="Support", skill="1", at_risk_s=1800, service_level=NO_LIVE,
                sla=[SlaTarget(priority="normal", first_response_s=3600, resolution_s=8 * 3600)])
NO_POLICY = Queue(id="2", name="General", skill="2", at_risk_s=1800, service_level=NO_LIVE, sla=[])


def tk(tid: int, minutes_ago: int, replied_after_min: int | None, *, queue: str = "1", channel: str = "email",
       **kw: object) -> Ticket:
    created = NOW - timedelta(minutes=minutes_ago)
    replied = None if replied_after_min is None else created + timedelta(minutes=replied_after_min)
    return msgspec.convert(dict(
        id=tid, subject="s", channel=channel, queue_id=queue, priority="normal", status="open", created_at=created,
        updated_at=replied or created, first_response_at=replied, version=1,
        requester={"id": f"c{tid}", "name": "n", "tier": "standard", "language": "en"}, **kw), Ticket)


TICKETS = [
    tk(1, 50, 10),  # replied after 10 min: within the policy's 60 min
    tk(2, 55, 50, channel="chat"),  # a chat on a ticket system counts the same way: within
    tk(3, 200, 150),  # replied 50 min ago, 150 min after creation: missed
    # the system's own due time wins over the policy: due 5 min after creation, replied after 20: missed
    tk(4, 40, 20, first_response_due=NOW - timedelta(minutes=35)),
    tk(5, 30, None),  # not replied yet: not counted (it is "at risk" or "breached" instead)
    tk(6, 100, 90),  # replied 10 min ago, 90 min after creation... in a queue without targets: not counted
]
TICKETS[5] = msgspec.structs.replace(TICKETS[5], queue_id="2")


@pytest.fixture
def store() -> LiveStore:
    s = LiveStore(window_s=3600)
    s.load(Snapshot(cursor=1, server_time=NOW, clock_rate=0.0, queues=[SUPPORT, NO_POLICY], agents=[],
                    tickets=TICKETS))
    s.sample_history()
    return s


def test_share_of_first_replies_by_their_due_time(store: LiveStore) -> None:
    m = store.metrics()
    assert m.service_level == pytest.approx(2 / 4)  # tickets 1 and 2 met, 3 and 4 missed
    assert m.sl_target is None  # the systems set no service-level percentage: no "target 0 %"
    rows = {q.queue_id: q.service_level for q in m.queues}
    assert rows == {"1": pytest.approx(0.5), "2": None}  # no targets: "–", never a false 0 %
    assert store.metrics(Filter(channels=frozenset({"chat"}))).service_level == 1.0
    assert store.metrics(Filter(queues=frozenset({"2"}))).service_level is None


def test_chart_and_trend_read_the_same_counters(store: LiveStore) -> None:
    data = chart_data(store, Filter(), ("1", "2"))
    assert data.service_level[-1, 0] == pytest.approx(50.0)
    later = msgspec.structs.replace(TICKETS[4], first_response_at=NOW, updated_at=NOW, version=2)
    store.apply(ChangesPage(cursor=2, server_time=NOW + timedelta(seconds=10),
                            changes=[TicketChange(id=2, at=NOW, ticket=later)]))  # 30 min after creation: met
    store.sample_history()
    assert store.metrics().service_level == pytest.approx(3 / 5)
    assert chart_data(store, Filter(), ("1", "2")).service_level[-1, 0] == pytest.approx(60.0)
