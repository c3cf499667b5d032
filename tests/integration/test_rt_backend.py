"""The Request Tracker adapter against a real RT 5 server (Debian's request-tracker5) over HTTP."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from api_client.errors import ApiError, Conflict, Unauthorized
from api_client.feed import FeedFollower, FeedState, FeedStatus
from api_client.models import (
    BulkAssignItem,
    CategoryScore,
    ChangesPage,
    InteractionFilter,
    ReviewInput,
    Snapshot,
    TicketChange,
)
from api_client.paging import every
from api_client.vendors.rt import Rejected, RtBackend
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from tests.helpers.rt.instance import RtInstance, unavailable_reason

REASON = unavailable_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RtInstance]:
    """One RT instance for the whole run (about 6 s to build and start)."""
    instance = RtInstance(tmp_path_factory.mktemp("rt")).start()
    logging.getLogger(__name__).info("RT instance ready: %s", instance.timings)
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture
def backend(rt: RtInstance) -> Iterator[RtBackend]:
    b = RtBackend(rt.url, rt.tokens["supervisor"], poll_s=0.2)
    yield b
    b.close()


def new_ticket(rt: RtInstance, queue: str = "Support", owner: str | None = None, priority: int = 50) -> int:
    body = {"Queue": queue, "Subject": f"Printer on fire in {queue}", "Requestor": "customer@example.com",
            "Content": "My printer is on fire, please help.", "ContentType": "text/plain", "Priority": priority}
    if owner:
        body["Owner"] = owner
    resp = rt.rest("POST", "ticket", json=body)
    assert resp.status_code == 201, resp.text
    return int(resp.json()["id"])


def rt_ticket(rt: RtInstance, ticket_id: int) -> dict:
    resp = rt.rest("GET", f"ticket/{ticket_id}")
    assert resp.status_code == 200
    return {**resp.json(), "ETag": resp.headers["ETag"]}


def test_whoami_reads_the_user_behind_the_token(rt: RtInstance, backend: RtBackend) -> None:
    me = backend.whoami()
    assert (me.id, me.name, me.role) == ("supervisor", "Sam Supervisor", "supervisor")
    with pytest.raises(Unauthorized, match=r"^Request Tracker: Unauthorized \(HTTP 401\)$"):
        RtBackend(rt.url, "1-39-00000000000000000000000000000000").snapshot()


def test_snapshot_maps_queues_agents_and_tickets(rt: RtInstance, backend: RtBackend) -> None:
    owned = new_ticket(rt, "Billing", owner="agent1", priority=95)
    waiting = new_ticket(rt, "Support", priority=10)
    snap = backend.snapshot()
    queues = {q.name: q for q in snap.queues}
    assert set(queues) == {"Support", "Billing", "Escalations"}  # not RT's internal ___Approvals
    agents = {a.id: a for a in snap.agents}
    assert {"agent1", "agent2", "agent3", "supervisor"} <= set(agents)
    assert (agents["agent1"].team, agents["agent3"].team, agents["agent1"].name) == ("Tier 1", "Tier 2", "Agent One")
    tickets = {t.id: t for t in snap.tickets}
    a, b = tickets[owned], tickets[waiting]
    assert (a.assignee_id, a.priority, a.queue_id) == ("agent1", "urgent", queues["Billing"].id)
    assert (b.assignee_id, b.priority, b.status, b.queue_id) == (None, "low", "new", queues["Support"].id)
    assert b.resolution_due is not None
    assert a.resolution_due is None
    # the version is RT's ETag: the newest transaction id
    assert a.version == int(rt_ticket(rt, owned)["ETag"].strip('"'))
    assert snap.cursor >= max(t.version for t in snap.tickets)


def test_reassign_is_written_to_rt_and_comes_back_in_the_feed(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt, owner="agent1")
    before = backend.ticket(tid)
    cursor = backend.snapshot().cursor
    after = backend.assign(tid, before.version, "agent2", reason="Balancing the load")
    assert after.assignee_id == "agent2"
    assert after.version > before.version
    raw = rt_ticket(rt, tid)
    assert raw["Owner"]["id"] == "agent2"
    history = rt.rest("GET", f"ticket/{tid}/history", params={"fields": "Type", "per_page": 100}).json()["items"]
    assert "Comment" in [h["Type"] for h in history]  # the reason, as an internal comment
    page = backend.changes(cursor)
    change = next(c for c in page.changes if isinstance(c, TicketChange) and c.ticket.id == tid)
    assert change.ticket.assignee_id == "agent2"
    assert change.ticket.version == after.version
    assert page.cursor >= change.id


def test_stale_version_is_a_conflict_with_the_current_ticket(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt)
    seen = backend.ticket(tid)
    assert rt.rest("PUT", f"ticket/{tid}", json={"Priority": 80}).status_code == 200  # someone else
    with pytest.raises(Conflict) as info:
        backend.assign(tid, seen.version, "agent1")
    assert info.value.status == 412
    assert info.value.current is not None
    assert info.value.current.priority == "high"
    assert info.value.current.version > seen.version
    assert rt_ticket(rt, tid)["Owner"]["id"] == "Nobody"


def test_refusal_answered_with_http_200_is_an_error(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt, "Escalations")
    t = backend.ticket(tid)
    with pytest.raises(Rejected) as info:
        backend.assign(t.id, t.version, "agent1")  # only Tier 2 may own tickets in Escalations
    assert any("may not own" in msg for msg in info.value.messages)
    assert rt_ticket(rt, tid)["Owner"]["id"] == "Nobody"


def test_queue_move_that_resets_the_owner_is_reported(rt: RtInstance, backend: RtBackend) -> None:
    escalations = next(q.id for q in backend.queues() if q.name == "Escalations")
    tid = new_ticket(rt, owner="agent1")
    t = backend.ticket(tid)
    with pytest.raises(Rejected, match="removed its owner agent1"):
        backend.escalate(tid, t.version, reason="Customer threatens to leave", priority="urgent",
                         queue_id=escalations)
    raw = rt_ticket(rt, tid)
    assert (raw["Owner"]["id"], raw["Queue"]["id"]) == ("Nobody", escalations)


def test_escalate_raises_priority_with_the_reason_as_internal_comment(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt, owner="agent2", priority=40)
    t = backend.ticket(tid)
    after = backend.escalate(tid, t.version, reason="VIP customer", priority="urgent")
    assert after.priority == "urgent"
    assert after.assignee_id == "agent2"
    assert int(rt_ticket(rt, tid)["Priority"]) == 100
    transcript = backend.interactions(InteractionFilter(ticket_id=tid))[0]
    assert [(turn.text, turn.internal) for turn in transcript.turns][-1] == ("Escalated: VIP customer", True)


def test_bulk_assign_reports_each_ticket(rt: RtInstance, backend: RtBackend) -> None:
    ok_id, refused_id = new_ticket(rt), new_ticket(rt, "Escalations")
    ok_t, refused_t = backend.ticket(ok_id), backend.ticket(refused_id)
    result = backend.bulk_assign([BulkAssignItem(ticket_id=ok_id, version=ok_t.version, assignee_id="agent2"),
                                  BulkAssignItem(ticket_id=refused_id, version=refused_t.version,
                                                 assignee_id="agent2")])
    outcomes = {r.ticket_id: r for r in result.results}
    assert outcomes[ok_id].ok
    assert outcomes[ok_id].ticket.assignee_id == "agent2"
    assert not outcomes[refused_id].ok
    assert "may not own" in (outcomes[refused_id].error or "")
    assert rt_ticket(rt, ok_id)["Owner"]["id"] == "agent2"


def test_transcript_has_public_replies_and_internal_notes(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt)
    assert rt.rest("POST", f"ticket/{tid}/correspond",
                   json={"Content": "We are sending a technician.", "ContentType": "text/plain"}).status_code == 201
    assert rt.rest("POST", f"ticket/{tid}/comment",
                   json={"Content": "Check the warranty", "ContentType": "text/plain"}).status_code == 201
    (interaction,) = backend.interactions(InteractionFilter(ticket_id=tid))
    texts = [(t.speaker, t.text, t.internal) for t in interaction.turns]
    assert texts == [("customer", "My printer is on fire, please help.", False),
                     ("agent", "We are sending a technician.", False), ("agent", "Check the warranty", True)]


def test_reviews_live_on_the_ticket_as_internal_comments(rt: RtInstance, backend: RtBackend) -> None:
    tid = new_ticket(rt, owner="agent1")
    draft = backend.save_review(ReviewInput(
        interaction_id=tid, scorecard_id="standard", comment="Friendly",
        scores=[CategoryScore(category_id="greeting", value=2), CategoryScore(category_id="resolution", value=4)]))
    assert (draft.agent_id, draft.reviewer_id, draft.score, draft.status) == ("agent1", "supervisor", 100.0, "draft")
    final = backend.save_review(ReviewInput(
        interaction_id=tid, scorecard_id="standard", status="submitted",
        scores=[CategoryScore(category_id="greeting", value=1), CategoryScore(category_id="resolution", value=4)]),
        review_id=draft.id, version=draft.version)
    assert final.id == draft.id
    assert final.version > draft.version
    assert final.status == "submitted"
    with pytest.raises(Conflict):
        backend.save_review(ReviewInput(interaction_id=tid, scorecard_id="standard", scores=[]),
                            review_id=draft.id, version=draft.version)
    # read back by a fresh client, from RT's own comments
    again = RtBackend(rt.url, rt.tokens["supervisor"]).reviews(interaction_id=tid)
    assert [(r.id, r.version, r.score) for r in again] == [(draft.id, final.version, final.score)]
    comments = rt.rest("GET", f"ticket/{tid}/history", params={"fields": "Type", "per_page": 100}).json()["items"]
    assert [c["Type"] for c in comments].count("Comment") == 2
    latest = backend.interactions(InteractionFilter(ticket_id=tid))[0]
    assert latest.turns[-1].text == "My printer is on fire, please help."


def test_feed_follower_goes_live_and_sees_changes_by_polling(rt: RtInstance, backend: RtBackend) -> None:
    snapshots: list[Snapshot] = []
    pages: list[ChangesPage] = []
    states: list[FeedStatus] = []
    follower = FeedFollower(backend, snapshots.append, pages.append, states.append)
    thread = threading.Thread(target=follower.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not any(s.state is FeedState.LIVE for s in states) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert snapshots
        assert any(s.state is FeedState.LIVE for s in states)
        tid = new_ticket(rt, "Billing")
        while time.monotonic() < deadline:
            seen = [c.ticket for p in pages for c in p.changes if isinstance(c, TicketChange) and c.ticket.id == tid]
            if seen:
                break
            time.sleep(0.05)
        assert seen
        assert seen[-1].subject == "Printer on fire in Billing"
    finally:
        follower.stop()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_quality_review_calls_work_on_rt(rt: RtInstance, backend: RtBackend) -> None:
    """What the QA page asks for: one interaction, filters, the scorecard, no assignments or sampling."""
    tid = new_ticket(rt, "Billing", owner="agent2")
    assert backend.interaction(tid).queue_id == next(q.id for q in backend.queues() if q.name == "Billing")
    card = backend.scorecards()[0]
    assert backend.scorecard_version(card.id, card.version) == card
    assert backend.assignments(reviewer_id="supervisor") == []
    email = backend.interactions(InteractionFilter(agent_id="agent2", channel="email"), limit=20)
    assert tid in [i.id for i in email]
    assert backend.interactions(InteractionFilter(agent_id="agent2", channel="phone"), limit=20) == []
    with pytest.raises(ApiError, match="not available from this backend"):
        backend.sample(None)
    assert backend.reviews(reviewer_id="supervisor", calibration_id=3) == []


def test_console_follows_rt_and_reassigns_there(qtbot: QtBot, rt: RtInstance) -> None:
    """The console's own machinery on RT: the sync worker's live store, and a reassignment as a user action."""
    def connect() -> RtBackend:
        return RtBackend(rt.url, rt.tokens["supervisor"], poll_s=0.2)

    sync, tasks = SyncController(connect), TaskRunner(connect)
    sync.start()
    try:
        qtbot.waitUntil(lambda: sync.has_data, timeout=20_000)
        tid = new_ticket(rt, owner="agent1")
        qtbot.waitUntil(lambda: sync.with_store(lambda s: tid in s.tickets), timeout=10_000)
        seen = sync.with_store(lambda s: s.tickets[tid])
        done: list[object] = []
        tasks.submit(lambda b: b.assign(tid, seen.version, "agent2", "Rebalancing"),  # type: ignore[attr-defined]
                     on_done=done.append, on_error=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert getattr(done[0], "assignee_id", None) == "agent2", done
        qtbot.waitUntil(lambda: sync.with_store(lambda s: s.tickets[tid].assignee_id) == "agent2", timeout=10_000)
        assert rt_ticket(rt, tid)["Owner"]["id"] == "agent2"
    finally:
        sync.stop()
        tasks.shutdown()


def test_rt_pages_interactions_by_id_and_reads_chosen_ones(rt: RtInstance, backend: RtBackend) -> None:
    """``before_id`` pages RT's tickets in its own search (id < N), newest first; ``ids`` reads just those."""
    made = [new_ticket(rt, owner="agent2") for _ in range(3)]
    whole = [i.id for i in backend.interactions(limit=1000)]
    assert whole == sorted(whole, reverse=True)
    assert set(made) <= set(whole)
    assert [i.id for i in every(lambda b, n: backend.interactions(limit=n, before_id=b), page=2)] == whole
    assert [i.id for i in backend.interactions(ids=[made[0], made[2], 10**8])] == [made[2], made[0]]
