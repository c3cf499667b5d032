"""The Udesk adapter against a local HTTP server answering with the payloads of Udesk's Open API v2 documentation
(tests/helpers/udesk_server.py: signature, single-use nonce, timestamp, calls per window). The server keeps the
tickets and replies, so writes and read-backs are real HTTP round trips, and records every request."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from api_client.budget import BudgetState
from api_client.errors import Conflict, InvalidRequest, NotFound, Unauthorized
from api_client.models import CategoryScore, InteractionFilter, ReviewInput, TicketChange
from api_client.registry import connect
from api_client.vendors.common import MARKER
from api_client.vendors.udesk import UdeskBackend, sign
from console.core.store import LiveStore
from console.infra import profiles, settings
from console.ui.dialogs.connection import ConnectionDialog
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.udesk_server import ADMIN, TOKEN, UdeskServer


@pytest.fixture
def udesk() -> Iterator[UdeskServer]:
    with UdeskServer() as server:
        yield server


@pytest.fixture
def backend(udesk: UdeskServer) -> Iterator[UdeskBackend]:
    b = UdeskBackend(udesk.url, TOKEN, email=ADMIN, poll_s=0.05)
    yield b
    b.close()


def test_snapshot_maps_groups_agents_tickets_and_channels(udesk: UdeskServer, backend: UdeskBackend) -> None:
    wechat = udesk.add_ticket("微信咨询", group_id=12, priority_id=1, platform="wechat")
    call = udesk.add_ticket("来电投诉", group_id=13, assignee_id=2, status_id=4, platform="call")
    im = udesk.add_ticket("在线咨询", platform="im", priority_id=4)
    mail = udesk.add_ticket("邮件", platform="email", priority_id=2)
    resolved = udesk.add_ticket("刚解决", assignee_id=3, status_id=2, platform="weibo")
    old = udesk.add_ticket("上周关闭", status_id=3, created_at=datetime.now(UTC) - timedelta(days=7))
    me = backend.whoami()
    assert (me.id, me.name, me.role) == ("1", "陈超管", "supervisor")
    snap = backend.snapshot()
    assert {(q.id, q.name) for q in snap.queues} == {("11", "售后1组"), ("12", "技术支持"), ("13", "投诉")}
    agents = {a.id: a for a in snap.agents}
    assert (agents["2"].name, agents["2"].team, agents["2"].skills, agents["2"].capacity) == (
        "李娜", "售后1组", ["11", "12"], 6)  # im_ability_value: how many conversations at once
    assert (agents["3"].capacity, agents["3"].capacity_source) == (10, "nominal")  # none set in Udesk
    assert agents["2"].capacity_source == "system"
    tickets = {t.id: t for t in snap.tickets}
    assert set(tickets) == {wechat, call, im, mail, resolved}
    assert old not in tickets
    assert (tickets[wechat].channel, tickets[wechat].queue_id, tickets[wechat].priority, tickets[wechat].status) == (
        "social", "12", "urgent", "open")
    assert (tickets[call].channel, tickets[call].status, tickets[call].assignee_id) == ("phone", "open", "2")
    assert (tickets[im].channel, tickets[im].priority) == ("chat", "low")
    assert (tickets[mail].channel, tickets[mail].priority) == ("email", "high")
    assert (tickets[resolved].channel, tickets[resolved].status) == ("social", "solved")
    assert tickets[resolved].solved_at is not None
    assert tickets[wechat].version == int(datetime.strptime(udesk.tickets[wechat]["updated_at"],
                                                            "%Y-%m-%d %H:%M:%S %z").timestamp() * 1000)
    assert all(int(q["per_page"][0]) == 100 for _, q in udesk.paths("/open_api_v1/tickets"))


def test_every_request_is_signed_once_and_the_token_never_travels(udesk: UdeskServer, backend: UdeskBackend) -> None:
    udesk.add_ticket()
    backend.snapshot()
    queries = [q for _, _, q in udesk.requests]
    assert queries
    assert all(q["sign_version"] == ["v2"] and q["email"] == [ADMIN] for q in queries)
    assert all(q["sign"] == [sign(ADMIN, TOKEN, int(q["timestamp"][0]), q["nonce"][0])] for q in queries)
    assert len({q["nonce"][0] for q in queries}) == len(queries)  # a fresh nonce every call
    assert all(TOKEN not in value for q in queries for values in q.values() for value in values)
    assert TOKEN not in repr(backend)
    assert udesk.refused == []


def test_a_wrong_signature_a_reused_nonce_and_a_stale_timestamp_are_refused(udesk: UdeskServer) -> None:
    wrong = UdeskBackend(udesk.url, "not-the-token", email=ADMIN)
    with pytest.raises(Unauthorized, match=r"^Udesk: 签名错误 \(HTTP 401\)$"):
        wrong.whoami()
    wrong.close()
    now = int(time.time())
    query = {"email": ADMIN, "timestamp": now, "nonce": "n-1", "sign_version": "v2",
             "sign": sign(ADMIN, TOKEN, now, "n-1")}
    first = requests.get(f"{udesk.url}/open_api_v1/agents", params=query, timeout=5)
    again = requests.get(f"{udesk.url}/open_api_v1/agents", params=query, timeout=5)
    assert (first.status_code, again.status_code) == (200, 401)
    assert again.json()["message"] == "nonce 已被使用"
    then = now - 3600
    stale = {**query, "timestamp": then, "nonce": "n-2", "sign": sign(ADMIN, TOKEN, then, "n-2")}
    late = requests.get(f"{udesk.url}/open_api_v1/agents", params=stale, timeout=5)
    assert (late.status_code, late.json()["message"]) == (401, "时间戳已过期")
    # both forms of the credentials: email beside the token, or EMAIL:TOKEN in one secret
    both = connect("udesk", udesk.url, f"{ADMIN}:{TOKEN}")
    assert both.whoami().name == "陈超管"
    both.close()


def test_changes_follow_updated_at_once_each(udesk: UdeskServer, backend: UdeskBackend) -> None:
    tid = udesk.add_ticket()
    udesk.add_ticket("另一个")
    snap = backend.snapshot()
    assert backend.changes(snap.cursor).changes == []
    udesk.edit(tid, priority_id=2)
    page = backend.changes(snap.cursor, wait=3.0)
    assert [(c.ticket.id, c.ticket.priority) for c in page.changes if isinstance(c, TicketChange)] == [(tid, "high")]
    assert page.cursor > snap.cursor
    assert backend.changes(page.cursor).changes == []  # reported once
    new = udesk.add_ticket("新工单")
    later = backend.changes(page.cursor, wait=3.0)
    assert [c.ticket.id for c in later.changes if isinstance(c, TicketChange)] == [new]


def test_assign_by_email_with_the_reason_as_an_internal_reply(udesk: UdeskServer, backend: UdeskBackend) -> None:
    tid = udesk.add_ticket(assignee_id=3)
    seen = backend.ticket(tid)
    after = backend.assign(tid, seen.version, "2", reason="平衡负载", override_reason="李娜已满")
    assert (after.assignee_id, udesk.tickets[tid]["assignee_id"]) == ("2", 2)
    assert after.version > seen.version
    note = max(udesk.replies.values(), key=lambda r: r["id"])
    assert (note["ticket_id"], note["content"], note["type"]) == (tid, "平衡负载 (override: 李娜已满)", "internal")
    _, put = next((p, q) for p, q in udesk.paths(f"/open_api_v1/tickets/{tid}") if p.endswith(str(tid)))
    assert "sign" in put
    back = backend.assign(tid, after.version, None)
    assert (back.assignee_id, udesk.tickets[tid]["assignee_id"]) == (None, None)
    with pytest.raises(InvalidRequest, match="Udesk has no agent 99"):
        backend.assign(tid, back.version, "99")


def test_a_ticket_that_moved_is_a_conflict_and_nothing_is_written(udesk: UdeskServer, backend: UdeskBackend) -> None:
    tid = udesk.add_ticket()
    seen = backend.ticket(tid)
    udesk.edit(tid, priority_id=1)  # an agent in Udesk, meanwhile
    replies = len(udesk.replies)
    with pytest.raises(Conflict) as info:
        backend.assign(tid, seen.version, "2", reason="我来")
    assert info.value.current is not None
    assert (info.value.status, info.value.current.priority) == (409, "urgent")
    assert udesk.tickets[tid]["assignee_id"] is None
    assert len(udesk.replies) == replies
    assert not [m for m, p, _ in udesk.requests if m == "PUT"]


def test_escalate_raises_priority_and_moves_group(udesk: UdeskServer, backend: UdeskBackend) -> None:
    tid = udesk.add_ticket(assignee_id=2, priority_id=4)
    t = backend.ticket(tid)
    after = backend.escalate(tid, t.version, reason="VIP 客户", priority="urgent", queue_id="13")
    assert (after.priority, after.queue_id, after.assignee_id) == ("urgent", "13", "2")
    assert (udesk.tickets[tid]["priority_id"], udesk.tickets[tid]["user_group_name"]) == (1, "投诉")
    assert max(udesk.replies.values(), key=lambda r: r["id"])["content"] == "Escalated: VIP 客户"
    with pytest.raises(InvalidRequest, match="needs a reason"):
        backend.escalate(tid, after.version, reason=" ", priority="high")
    with pytest.raises(InvalidRequest, match="Udesk has no agent group 99"):
        backend.escalate(tid, after.version, reason="转组", queue_id="99")


def test_transcript_and_reviews_as_internal_replies(udesk: UdeskServer, backend: UdeskBackend) -> None:
    tid = udesk.add_ticket(assignee_id=2)
    udesk.add_reply(tid, "您好,已为您加急处理。", by=2)
    udesk.add_reply(tid, "先查库存", type_="internal", by=2)
    (interaction,) = backend.interactions(InteractionFilter(ticket_id=tid))
    assert [(t.speaker, t.text, t.internal) for t in interaction.turns] == [
        ("customer", "我的订单还没发货,请帮忙查一下。", False), ("agent", "您好,已为您加急处理。", False),
        ("agent", "先查库存", True)]
    assert (interaction.agent_id, interaction.queue_id, interaction.channel) == ("2", "11", "social")
    draft = backend.save_review(ReviewInput(
        interaction_id=tid, scorecard_id="standard", comment="态度好",
        scores=[CategoryScore(category_id="greeting", value=2), CategoryScore(category_id="resolution", value=4)]))
    assert (draft.agent_id, draft.reviewer_id, draft.score, draft.status) == ("2", "1", 100.0, "draft")
    final = backend.save_review(ReviewInput(interaction_id=tid, scorecard_id="standard", status="submitted",
                                            scores=[CategoryScore(category_id="greeting", value=1)]),
                                review_id=draft.id, version=draft.version)
    assert (final.id, final.status) == (draft.id, "submitted")
    with pytest.raises(Conflict):
        backend.save_review(ReviewInput(interaction_id=tid, scorecard_id="standard", scores=[]),
                            review_id=draft.id, version=draft.version)
    notes = [r for r in udesk.replies.values() if MARKER in r["content"]]
    assert [r["type"] for r in notes] == ["internal", "internal"]
    assert all(MARKER not in t.text for t in backend.interaction(tid).turns)
    with pytest.raises(NotFound, match=r"^Udesk: 工单不存在 \(HTTP 404\)$"):
        backend.ticket(999)
    udesk.code_next = (2002, "工单已被锁定")  # a refusal inside an HTTP 200
    with pytest.raises(InvalidRequest, match=r"^Udesk: 工单已被锁定 \(code 2002\)$"):
        backend.ticket(tid)


def test_a_burst_of_100_calls_stays_within_the_budget_and_says_it_waits() -> None:
    """The server allows 30 calls a second here (60 a minute live): 100 calls wait instead of meeting 429."""
    with UdeskServer(calls=30, per_s=1.0) as udesk:
        tid = udesk.add_ticket()
        backend = UdeskBackend(udesk.url, TOKEN, email=ADMIN, calls=30, per_s=1.0)
        seen: list[BudgetState] = []
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                seen.append(backend.budget.state())
                time.sleep(0.02)

        watcher = threading.Thread(target=watch)
        watcher.start()
        started = time.monotonic()
        try:
            for _ in range(100):
                backend.ticket(tid)
        finally:
            done.set()
            watcher.join()
        took = time.monotonic() - started
        assert udesk.refused == []  # no 429 reached
        assert len(udesk.requests) == 100
        assert took >= 3.0  # 100 calls at 30 a second
        assert backend.budget.state().waited_s > 2.0
        assert any(s.waiting and s.wait_s > 0 for s in seen)  # the console can say it is waiting on the budget
        backend.close()


def test_a_429_from_calls_it_did_not_count_is_waited_out_and_signed_again() -> None:
    with UdeskServer(calls=10, per_s=1.0) as udesk:
        tid = udesk.add_ticket()
        backend = UdeskBackend(udesk.url, TOKEN, email=ADMIN, calls=10, per_s=1.0)
        udesk.spend(10)  # another program on the account used the whole budget
        started = time.monotonic()
        assert backend.ticket(tid).id == tid
        assert time.monotonic() - started >= 0.9  # Retry-After: 1
        assert [s for s, _ in udesk.refused] == [429]
        nonces = [q["nonce"][0] for _, q in udesk.paths("/open_api_v1/tickets/detail")]
        assert len(nonces) == 2 and nonces[0] != nonces[1]  # noqa: PT018 - one fact: sent again with a new nonce
        backend.close()


def test_the_console_store_loads_udesk(udesk: UdeskServer, backend: UdeskBackend) -> None:
    for n in range(3):
        udesk.add_ticket(f"工单 {n}", group_id=11 + n)
    store = LiveStore()
    store.load(backend.snapshot())
    assert {t.queue_id for t in store.tickets.values()} == {"11", "12", "13"}


def test_the_connections_dialog_offers_udesk(qtbot: QtBot, udesk: UdeskServer, tmp_path: Path,
                                            memory_keyring: MemoryKeyring) -> None:
    """Address, administrator email and Open API token: the token goes to the keyring only."""
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)
    dialog.add_profile()
    dialog.name.setText("Udesk")
    dialog.backend.setCurrentIndex(dialog.backend.findData("udesk"))
    assert dialog.backend.currentText() == "Udesk"
    assert dialog.labels[4].text() == "Administrator &email:"
    dialog.url.setText(udesk.url)
    dialog.user.setText(ADMIN)
    dialog.token.setText(TOKEN)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.test_result.text() == "✓ Connected as 陈超管 (supervisor)."
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "keyring" in dialog.test_result.text(), timeout=5000)
    saved = settings.load(path)[0].profile("Udesk")
    assert saved is not None
    assert (saved.backend, saved.user) == ("udesk", ADMIN)
    assert TOKEN not in path.read_text(encoding="utf-8")
    assert memory_keyring.secrets[(profiles.SERVICE, "Udesk")] == TOKEN

