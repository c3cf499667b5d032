"""The Zammad adapter against a local HTTP server answering with the payloads of Zammad's API documentation
(tests/helpers/zammad_server.py: token, page caps, updated_at moving on every change). The server keeps the
tickets and articles, so writes and read-backs are real HTTP round trips, and records every request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from api_client.errors import Conflict, InvalidRequest, NotFound, RateLimited, Unauthorized
from api_client.http import default_retry
from api_client.models import BulkAssignItem, CategoryScore, InteractionFilter, ReviewInput, TicketChange
from api_client.vendors.common import MARKER, Rejected
from api_client.vendors.zammad import ZammadBackend
from console.core.store import LiveStore
from console.infra import profiles, settings
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner
from console.ui.dialogs.connection import ConnectionDialog
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.zammad_server import SEARCH_CAP, TOKEN, ZammadServer, iso


@pytest.fixture
def zammad() -> Iterator[ZammadServer]:
    with ZammadServer() as server:
        yield server


@pytest.fixture
def backend(zammad: ZammadServer) -> Iterator[ZammadBackend]:
    b = ZammadBackend(zammad.url, TOKEN, poll_s=0.05)
    yield b
    b.close()


def test_whoami_and_a_wrong_token(zammad: ZammadServer, backend: ZammadBackend) -> None:
    me = backend.whoami()
    assert (me.id, me.name, me.role) == ("3", "Christopher Miller", "supervisor")
    with pytest.raises(Unauthorized, match=r"^Zammad: Invalid token! \(HTTP 401\)$"):
        ZammadBackend(zammad.url, "wrong").whoami()


def test_snapshot_maps_groups_agents_and_tickets(zammad: ZammadServer, backend: ZammadBackend) -> None:
    now = datetime.now(UTC)
    waiting = zammad.add_ticket("Order 787556", group_id=2, priority_id=3, article_type="phone",
                                first_response_escalation_at=iso(now + timedelta(minutes=20)),
                                close_escalation_at=iso(now + timedelta(hours=8)),
                                escalation_at=iso(now + timedelta(minutes=20)))
    pending = zammad.add_ticket("Waiting on the customer", owner_id=4, state_id=3, priority_id=1)
    closed = zammad.add_ticket("Solved a minute ago", owner_id=5, state_id=4,
                               close_at=iso(now - timedelta(minutes=1)))
    old = zammad.add_ticket("Closed last week", state_id=4, created_at=now - timedelta(days=7))
    snap = backend.snapshot()
    assert [(q.id, q.name) for q in snap.queues] == [("2", "2nd Level"), ("1", "Sales"), ("3", "Service Desk")]
    agents = {a.id: a for a in snap.agents}
    assert set(agents) == {"3", "4", "5"}  # not the customer, not the inactive agent, not Zammad's user 1
    assert (agents["4"].name, agents["4"].team, agents["4"].skills) == ("Jacob Smith", "2nd Level", ["1", "2"])
    assert (agents["5"].state, agents["3"].state) == ("offline", "available")  # out of office
    tickets = {t.id: t for t in snap.tickets}
    assert set(tickets) == {waiting, pending, closed}
    w, p, c = tickets[waiting], tickets[pending], tickets[closed]
    assert (w.queue_id, w.priority, w.status, w.channel, w.assignee_id) == ("2", "high", "new", "phone", None)
    assert w.first_response_due is not None
    assert w.resolution_due is not None
    assert abs((w.first_response_due - now).total_seconds() - 1200) < 1
    assert (p.status, p.priority, p.assignee_id, p.sla_paused) == ("pending", "low", "4", True)
    assert (c.status, c.assignee_id) == ("solved", "5")
    assert c.solved_at is not None
    assert abs((c.solved_at - (now - timedelta(minutes=1))).total_seconds()) < 1
    assert w.requester.name == "samuel@example.com"
    assert w.version == int(datetime.fromisoformat(zammad.tickets[waiting]["updated_at"]).timestamp() * 1000)
    assert old not in tickets


def test_paging_stays_within_zammad_caps(zammad: ZammadServer, backend: ZammadBackend) -> None:
    """Zammad clamps per_page silently: a client asking for more would take a short page for the end."""
    made = {zammad.add_ticket(f"Ticket {n}", group_id=1 + n % 3) for n in range(SEARCH_CAP * 2 + 50)}
    snap = backend.snapshot()
    assert {t.id for t in snap.tickets} == made
    searches = zammad.paths("/api/v1/tickets/search")
    assert [int(q["page"][0]) for _, q in searches] == [1, 2, 3]
    assert all(int(q["per_page"][0]) <= 200 for _, q in searches)
    assert all(q["expand"] == ["true"] for _, q in searches)
    assert all(int(q["per_page"][0]) <= 100 for _, q in zammad.paths("/api/v1/groups"))


def test_changes_follow_updated_at_once_each(zammad: ZammadServer, backend: ZammadBackend) -> None:
    tid = zammad.add_ticket("Order 787556")
    other = zammad.add_ticket("Order 787557")
    snap = backend.snapshot()
    assert backend.changes(snap.cursor).changes == []  # nothing moved since the snapshot
    zammad.edit(tid, priority_id=3)
    page = backend.changes(snap.cursor, wait=2.0)
    assert [(c.ticket.id, c.ticket.priority) for c in page.changes if isinstance(c, TicketChange)] == [(tid, "high")]
    assert page.cursor > snap.cursor
    assert backend.changes(page.cursor).changes == []  # reported once
    new = zammad.add_ticket("A new one")
    later = backend.changes(page.cursor, wait=2.0)
    assert [c.ticket.id for c in later.changes if isinstance(c, TicketChange)] == [new]
    assert other not in [c.ticket.id for c in later.changes if isinstance(c, TicketChange)]
    _, query = zammad.paths("/api/v1/tickets/search")[-1]
    assert query["query"][0].startswith("updated_at:>=")
    assert (query["sort_by"], query["order_by"]) == (["updated_at"], ["asc"])


def test_assign_sets_the_owner_with_the_reason_as_internal_note(zammad: ZammadServer,
                                                                backend: ZammadBackend) -> None:
    tid = zammad.add_ticket(owner_id=3)
    seen = backend.ticket(tid)
    after = backend.assign(tid, seen.version, "4", reason="Balancing the load", override_reason="Jacob is over")
    assert (after.assignee_id, zammad.tickets[tid]["owner_id"]) == ("4", 4)
    assert after.version > seen.version
    note = zammad.articles[zammad.tickets[tid]["article_ids"][-1]]
    assert (note["body"], note["internal"], note["type"]) == ("Balancing the load (override: Jacob is over)",
                                                              True, "note")
    back = backend.assign(tid, after.version, None)
    assert back.assignee_id is None
    assert zammad.tickets[tid]["owner_id"] == 1  # Zammad's "nobody"


def test_a_ticket_that_moved_is_a_conflict_carrying_it_and_nothing_is_written(zammad: ZammadServer,
                                                                              backend: ZammadBackend) -> None:
    tid = zammad.add_ticket()
    seen = backend.ticket(tid)
    zammad.edit(tid, priority_id=3)  # an agent in Zammad, meanwhile
    articles = len(zammad.articles)
    with pytest.raises(Conflict) as info:
        backend.assign(tid, seen.version, "4", reason="mine now")
    assert info.value.status == 409
    assert info.value.current is not None
    assert (info.value.current.priority, info.value.current.assignee_id) == ("high", None)
    assert info.value.current.version > seen.version
    assert zammad.tickets[tid]["owner_id"] == 1
    assert len(zammad.articles) == articles
    assert [m for m, p, _ in zammad.requests if p == f"/api/v1/tickets/{tid}"].count("PUT") == 0


def test_escalate_raises_priority_and_moves_group(zammad: ZammadServer, backend: ZammadBackend) -> None:
    tid = zammad.add_ticket(owner_id=4, priority_id=1)
    t = backend.ticket(tid)
    after = backend.escalate(tid, t.version, reason="VIP customer", priority="high", queue_id="2")
    assert (after.priority, after.queue_id, after.assignee_id) == ("high", "2", "4")
    assert zammad.articles[zammad.tickets[tid]["article_ids"][-1]]["body"] == "Escalated: VIP customer"
    with pytest.raises(InvalidRequest, match=r"Zammad has no urgent priority \(it has 1 low, 2 normal, 3 high\)"):
        backend.escalate(tid, after.version, reason="Even more", priority="urgent")
    with pytest.raises(InvalidRequest, match="needs a reason"):
        backend.escalate(tid, after.version, reason=" ", priority="high")
    # Jacob may not work in Service Desk: the move drops him, which the console must hear about
    with pytest.raises(Rejected, match="removed its owner 4"):
        backend.escalate(tid, after.version, reason="Needs the service desk", queue_id="3")
    assert (zammad.tickets[tid]["group_id"], zammad.tickets[tid]["owner_id"]) == (3, 1)


def test_bulk_assign_reports_each_ticket(zammad: ZammadServer, backend: ZammadBackend) -> None:
    ok, stale, refused = zammad.add_ticket(), zammad.add_ticket(), zammad.add_ticket(group_id=3)
    versions = {t: backend.ticket(t).version for t in (ok, stale, refused)}
    zammad.edit(stale, title="Renamed in Zammad")
    result = backend.bulk_assign([BulkAssignItem(ticket_id=t, version=versions[t], assignee_id="4")
                                  for t in (ok, stale, refused)], reason="Peak")
    outcomes = {r.ticket_id: r for r in result.results}
    assert outcomes[ok].ok
    assert outcomes[ok].ticket is not None
    assert outcomes[ok].ticket.assignee_id == "4"
    assert (outcomes[stale].ok, outcomes[stale].status) == (False, 409)
    assert outcomes[stale].ticket is not None
    assert outcomes[stale].ticket.subject == "Renamed in Zammad"
    assert (outcomes[refused].ok, outcomes[refused].status) == (False, 422)
    assert outcomes[refused].error == \
        "Zammad: Invalid value for param 'owner_id': 4 has no access to group 3 (HTTP 422)"
    assert [zammad.tickets[t]["owner_id"] for t in (ok, stale, refused)] == [4, 1, 1]


def test_transcript_from_articles(zammad: ZammadServer, backend: ZammadBackend) -> None:
    tid = zammad.add_ticket(owner_id=3)
    zammad.add_article(tid, "Hi David,<br>\n<br>\nnice, we will ship it.", content_type="text/html")
    zammad.add_article(tid, "Check the warranty first", internal=True, type_="note")
    (interaction,) = backend.interactions(InteractionFilter(ticket_id=tid))
    assert [(t.speaker, t.text, t.internal) for t in interaction.turns] == [
        ("customer", "Hi,\n\nplease send me:\n1 x Café Kopi susu", False),
        ("agent", "Hi David,\n\nnice, we will ship it.", False),
        ("agent", "Check the warranty first", True)]
    assert (interaction.agent_id, interaction.queue_id, interaction.channel) == ("3", "1", "email")
    assert backend.ticket(tid).first_response_at is not None  # the agent's public reply
    mine = backend.interactions(InteractionFilter(agent_id="3"))
    assert [i.id for i in mine] == [tid]


def test_reviews_are_internal_notes_and_not_part_of_the_transcript(zammad: ZammadServer,
                                                                   backend: ZammadBackend) -> None:
    tid = zammad.add_ticket(owner_id=4)
    draft = backend.save_review(ReviewInput(
        interaction_id=tid, scorecard_id="standard", comment="Friendly",
        scores=[CategoryScore(category_id="greeting", value=2), CategoryScore(category_id="resolution", value=4)]))
    assert (draft.agent_id, draft.reviewer_id, draft.score, draft.status) == ("4", "3", 100.0, "draft")
    final = backend.save_review(ReviewInput(
        interaction_id=tid, scorecard_id="standard", status="submitted",
        scores=[CategoryScore(category_id="greeting", value=1), CategoryScore(category_id="resolution", value=4)]),
        review_id=draft.id, version=draft.version)
    assert (final.id, final.status) == (draft.id, "submitted")
    assert final.version > draft.version
    with pytest.raises(Conflict):
        backend.save_review(ReviewInput(interaction_id=tid, scorecard_id="standard", scores=[]),
                            review_id=draft.id, version=draft.version)
    notes = [a for a in zammad.articles.values() if a["ticket_id"] == tid and MARKER in a["body"]]
    assert [(a["internal"], a["type"], a["content_type"]) for a in notes] == [(True, "note", "text/plain")] * 2
    again = ZammadBackend(zammad.url, TOKEN)
    assert [(r.id, r.version, r.score) for r in again.reviews(interaction_id=tid)] == [
        (draft.id, final.version, final.score)]
    again.close()
    assert all(MARKER not in t.text for t in backend.interaction(tid).turns)


def test_errors_read_as_zammad_says_them(zammad: ZammadServer, backend: ZammadBackend) -> None:
    with pytest.raises(NotFound, match=r"^Zammad: Couldn't find Ticket with 'id'=999 \(HTTP 404\)$"):
        backend.ticket(999)
    zammad.throttle_next = 1
    hurried = ZammadBackend(zammad.url, TOKEN, retry=default_retry(0))
    with pytest.raises(RateLimited) as info:
        hurried.whoami()
    assert info.value.retry_after == 1.0
    hurried.close()
    with pytest.raises(InvalidRequest, match="Zammad ids are numbers"):
        backend.assign(1, 1, "emma")


def test_an_agent_without_admin_rights_still_gets_queues_and_owners(zammad: ZammadServer,
                                                                    backend: ZammadBackend) -> None:
    """``/groups`` needs ``admin.group`` and the user search may be refused: the tickets name both."""
    zammad.add_ticket(group_id=2, owner_id=4)
    zammad.forbid |= {"/api/v1/groups", "/api/v1/users/search"}
    snap = backend.snapshot()
    assert [(q.id, q.name) for q in snap.queues] == [("2", "2nd Level")]
    assert [(a.id, a.name, a.skills) for a in snap.agents] == [("4", "jacob@chrispresso.com", ["2"])]


def test_the_console_store_follows_zammad_and_reassigns_there(qtbot: QtBot, zammad: ZammadServer) -> None:
    """The console's own machinery: the sync worker's live store, and a reassignment as a user action."""
    def connect() -> ZammadBackend:
        return ZammadBackend(zammad.url, TOKEN, poll_s=0.1)

    first = zammad.add_ticket(group_id=1)
    sync, tasks = SyncController(connect), TaskRunner(connect)
    sync.start()
    try:
        qtbot.waitUntil(lambda: sync.has_data, timeout=20_000)
        assert sync.with_store(lambda s: s.tickets[first].assignee_id) is None
        tid = zammad.add_ticket(owner_id=3)
        qtbot.waitUntil(lambda: sync.with_store(lambda s: tid in s.tickets), timeout=10_000)
        seen = sync.with_store(lambda s: s.tickets[tid])
        done: list[object] = []
        tasks.submit(lambda b: b.assign(tid, seen.version, "4", "Rebalancing"),  # type: ignore[attr-defined]
                     on_done=done.append, on_error=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert getattr(done[0], "assignee_id", None) == "4", done
        qtbot.waitUntil(lambda: sync.with_store(lambda s: s.tickets[tid].assignee_id) == "4", timeout=10_000)
        assert zammad.tickets[tid]["owner_id"] == 4
    finally:
        sync.stop()
        tasks.shutdown()


def test_a_store_from_the_snapshot_agrees_with_one_that_followed(zammad: ZammadServer) -> None:
    """Snapshot at cursor C, or an earlier snapshot plus the changes up to C: the same tickets in the store."""
    for n in range(5):
        zammad.add_ticket(f"Ticket {n}", group_id=1 + n % 3)
    follower = ZammadBackend(zammad.url, TOKEN, poll_s=0.05)
    followed = LiveStore()
    followed.load(follower.snapshot())
    moved = zammad.add_ticket("Arrived later", group_id=2)
    zammad.edit(1, owner_id=3, state_id=2)
    followed.apply(follower.changes(0, wait=2.0))
    fresh = LiveStore()
    late = ZammadBackend(zammad.url, TOKEN)
    fresh.load(late.snapshot())
    assert moved in followed.tickets
    assert {t.id: (t.assignee_id, t.status, t.version) for t in followed.tickets.values()} == \
        {t.id: (t.assignee_id, t.status, t.version) for t in fresh.tickets.values()}
    follower.close()
    late.close()


def test_the_connections_dialog_offers_zammad_with_a_token(qtbot: QtBot, zammad: ZammadServer, tmp_path: Path,
                                                          memory_keyring: MemoryKeyring) -> None:
    """URL and token: the test connects to Zammad in the background; the token goes to the keyring only."""
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)
    dialog.add_profile()
    dialog.name.setText("Zammad")
    dialog.backend.setCurrentIndex(dialog.backend.findData("zammad"))
    assert dialog.backend.currentText() == "Zammad"
    assert dialog.sign_in_button.isHidden()  # no sign-in: a token
    dialog.url.setText(zammad.url)
    dialog.token.setText(TOKEN)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.test_result.text() == "✓ Connected as Christopher Miller (supervisor)."
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "keyring" in dialog.test_result.text(), timeout=5000)
    assert settings.load(path)[0].profile("Zammad").backend == "zammad"  # type: ignore[union-attr]
    assert TOKEN not in path.read_text(encoding="utf-8")
    assert memory_keyring.secrets[(profiles.SERVICE, "Zammad")] == TOKEN
