"""api_client against the real simulator over sockets, and against a raw server for malformed answers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from api_client import errors
from api_client.models import BulkAssignItem, ReviewInput, Ticket
from api_client.native import NativeBackend
from tests.helpers.sim import SimServer


def open_ticket(client: NativeBackend, waiting: bool = False) -> Ticket:
    for t in client.snapshot().tickets:
        if t.status in ("new", "open") and (t.assignee_id is None) == waiting:
            return t
    client.sim_advance(120)
    return open_ticket(client, waiting)


def an_agent(client: NativeBackend, not_id: str | None = None) -> str:
    return next(a.id for a in client.snapshot().agents if a.id != not_id)


# ------------------------------------------------------------------ auth and roles
def test_each_role_is_who_it_says(sim: SimServer) -> None:
    for role in ("supervisor", "team_lead", "qa_reviewer", "viewer"):
        backend = sim.client(role)
        assert backend.whoami().role == role
        backend.close()


def test_every_role_reads_the_users_with_agents_teams(sim: SimServer) -> None:
    snap = sim.snapshot()
    for role in ("supervisor", "team_lead", "qa_reviewer", "viewer"):
        api = sim.client(role)
        people = {p.id: p for p in api.users()}
        me = api.whoami()
        api.close()
        assert (people[me.id].name, people[me.id].team) == (me.name, None)
    assert (people["u-qa-li"].role, people["u-qa-li"].name) == ("qa_reviewer", "Li Na")
    for agent in snap.agents:
        assert (people[agent.id].name, people[agent.id].team, people[agent.id].role) == (agent.name, agent.team,
                                                                                      "agent")


def test_missing_and_wrong_tokens_are_unauthorized(sim: SimServer) -> None:
    for token in (None, "not-a-token"):
        backend = NativeBackend(sim.url, token)
        with pytest.raises(errors.Unauthorized) as info:
            backend.whoami()
        assert info.value.status == 401
        backend.close()


def test_viewer_and_reviewer_cannot_assign(sim: SimServer, client: NativeBackend) -> None:
    t = open_ticket(client)
    for role in ("viewer", "qa_reviewer"):
        backend = sim.client(role)
        with pytest.raises(errors.Forbidden, match="may not"):
            backend.assign(t.id, t.version, None)
        backend.close()
    assert client.ticket(t.id).version == t.version  # nothing was written


def test_token_never_in_repr_or_url(sim: SimServer) -> None:
    backend = sim.client()
    token = sim.tokens["supervisor"]
    assert token not in repr(backend)
    assert token not in repr(backend.http)
    assert token not in backend.http.base_url


def test_tls_verification_cannot_be_disabled() -> None:
    with pytest.raises(ValueError, match="TLS"):
        NativeBackend("https://example.invalid", "t", verify=False)
    with pytest.raises(ValueError, match="credentials"):
        NativeBackend("https://user:pw@example.invalid", "t")


# ------------------------------------------------------------------ writes and versions
def test_assign_then_stale_version_conflicts(client: NativeBackend) -> None:
    t = open_ticket(client)
    agent = an_agent(client, t.assignee_id)
    moved = client.assign(t.id, t.version, agent, reason="rebalance")
    assert moved.assignee_id == agent
    assert moved.version > t.version
    with pytest.raises(errors.Conflict) as info:
        client.assign(t.id, t.version, None)
    assert info.value.status == 412
    assert info.value.current is not None
    assert info.value.current.version == moved.version
    assert info.value.current.assignee_id == agent
    entries = client.audit(ticket_id=t.id)
    assert entries[0].action == "assign"
    assert entries[0].to_assignee == agent
    assert entries[0].reason == "rebalance"


def test_unassign_returns_the_ticket_to_its_queue(client: NativeBackend) -> None:
    t = open_ticket(client)
    back = client.assign(t.id, t.version, None)
    assert back.assignee_id is None
    assert back.status in ("new", "open")


def test_two_consoles_race_exactly_one_wins(sim: SimServer, client: NativeBackend) -> None:
    t = open_ticket(client)
    agents = [a.id for a in client.snapshot().agents[:2]]
    consoles = [sim.client("team_lead"), sim.client("supervisor")]
    barrier = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def attempt(i: int) -> None:
        barrier.wait()
        try:
            outcomes[i] = consoles[i].assign(t.id, t.version, agents[i])
        except errors.Conflict as exc:
            outcomes[i] = exc

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    winners = [o for o in outcomes if isinstance(o, Ticket)]
    losers = [o for o in outcomes if isinstance(o, errors.Conflict)]
    assert len(winners) == 1
    assert len(losers) == 1
    assert losers[0].current is not None
    assert losers[0].current.assignee_id == winners[0].assignee_id
    assert client.ticket(t.id).assignee_id == winners[0].assignee_id


def test_bulk_assign_reports_each_ticket(client: NativeBackend) -> None:
    tickets = [t for t in client.snapshot().tickets if t.status in ("new", "open")][:5]
    agent = an_agent(client)
    items = [BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id=agent) for t in tickets]
    items[1] = BulkAssignItem(ticket_id=tickets[1].id, version=tickets[1].version - 1, assignee_id=agent)
    items.append(BulkAssignItem(ticket_id=10**12, version=1, assignee_id=agent))
    result = client.bulk_assign(items, reason="peak")
    by_id = {o.ticket_id: o for o in result.results}
    assert [o.ticket_id for o in result.results] == [i.ticket_id for i in items]
    assert not by_id[tickets[1].id].ok
    assert by_id[tickets[1].id].status == 412
    assert by_id[tickets[1].id].ticket is not None  # the current state, to decide what to do
    assert not by_id[10**12].ok
    assert by_id[10**12].status == 404
    for t in tickets[:1] + tickets[2:]:
        assert by_id[t.id].ok
        assert by_id[t.id].ticket.assignee_id == agent


def test_bulk_with_unknown_agent_writes_nothing(client: NativeBackend) -> None:
    t = open_ticket(client)
    with pytest.raises(errors.InvalidRequest) as info:
        client.bulk_assign([BulkAssignItem(ticket_id=t.id, version=t.version, assignee_id="nobody")])
    assert info.value.field == "items[0].assignee_id"
    assert client.ticket(t.id).version == t.version


def test_escalate_needs_a_reason_and_is_audited(client: NativeBackend) -> None:
    t = open_ticket(client)
    with pytest.raises(errors.InvalidRequest) as info:
        client.escalate(t.id, t.version, reason="", priority="urgent")
    assert info.value.field == "reason"
    with pytest.raises(errors.InvalidRequest) as info:
        client.escalate(t.id, t.version, reason="x", queue_id="nowhere")
    assert info.value.field == "queue_id"
    up = client.escalate(t.id, t.version, reason="VIP customer, 3rd contact", priority="urgent",
                         queue_id="complaints")
    assert (up.priority, up.queue_id, up.escalated) == ("urgent", "complaints", True)
    entry = client.audit(ticket_id=t.id)[0]
    assert entry.action == "escalate"
    assert entry.reason == "VIP customer, 3rd contact"
    assert (entry.from_queue, entry.to_queue) == (t.queue_id, "complaints")


def test_agent_state_change(client: NativeBackend) -> None:
    agent = an_agent(client)
    client.set_agent_state(agent, "break", reason="lunch")
    assert next(a for a in client.snapshot().agents if a.id == agent).state == "break"
    client.set_agent_state(agent, "available")
    assert next(a for a in client.snapshot().agents if a.id == agent).state != "break"


def test_reviews_are_scored_and_versioned(sim: SimServer, client: NativeBackend) -> None:
    qa = sim.client("qa_reviewer")
    interaction = qa.interactions(limit=1)[0]
    card = qa.scorecards()[0]
    scores = [{"category_id": c.id, "value": c.scale - 1} for c in card.categories]
    draft = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                       scores=scores[:2], status="draft"))  # type: ignore[arg-type]
    assert draft.version == 1
    assert draft.score == 100.0
    final = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id, scores=scores,
                                       status="submitted"), review_id=draft.id, version=1)  # type: ignore[arg-type]
    assert final.version == 2
    assert final.status == "submitted"
    trail = [e.reason for e in client.audit(ticket_id=interaction.ticket_id) if e.action == "review"]
    assert trail[:2] == [f"review {draft.id} submitted", f"review {draft.id} draft"]  # audited at once
    with pytest.raises(errors.Conflict):
        qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id, scores=scores),  # type: ignore[arg-type]
                       review_id=draft.id, version=1)
    bad = [{"category_id": card.categories[0].id, "value": 9}]
    with pytest.raises(errors.InvalidRequest) as info:
        qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id, scores=bad))  # type: ignore[arg-type]
    assert info.value.field
    assert "value" in info.value.field
    with pytest.raises(errors.Forbidden):
        sim.client("team_lead").save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                                        scores=scores))  # type: ignore[arg-type]
    qa.close()


# ------------------------------------------------------------------ change feed
def test_long_poll_returns_changes_after_advance(client: NativeBackend) -> None:
    cursor = client.snapshot().cursor
    assert client.changes(cursor).changes == []
    client.sim_advance(60)
    page = client.changes(cursor)
    assert page.changes
    assert page.cursor > cursor
    assert [c.id for c in page.changes] == list(range(cursor + 1, page.cursor + 1))


def test_long_poll_waits_for_a_change(client: NativeBackend, sim: SimServer) -> None:
    cursor = client.snapshot().cursor
    other = sim.client()
    timer = threading.Timer(0.5, lambda: other.sim_advance(30))
    started = time.monotonic()
    timer.start()
    page = client.changes(cursor, wait=10)
    timer.join()
    assert page.changes
    assert time.monotonic() - started < 9
    other.close()


def test_cursor_ahead_of_the_feed_is_rejected(client: NativeBackend) -> None:
    with pytest.raises(errors.InvalidRequest) as info:
        client.changes(10**12)
    assert info.value.field == "cursor"


def test_stream_resumes_from_the_last_event_id(client: NativeBackend) -> None:
    start = client.snapshot().cursor
    client.sim_advance(120)
    first = next(client.stream(start))
    assert first.changes
    assert first.changes[0].id == start + 1
    client.sim_advance(120)
    resumed = next(client.stream(first.cursor))  # a new connection, as after a drop
    assert resumed.changes[0].id == first.cursor + 1
    ids = [c.id for c in first.changes] + [c.id for c in resumed.changes]
    assert ids == list(range(start + 1, resumed.cursor + 1))  # no gap, no duplicate


# ------------------------------------------------------------------ outages and retries
def test_idempotent_read_survives_a_server_restart(own_sim: SimServer) -> None:
    backend = own_sim.client()
    assert backend.whoami().role == "supervisor"
    own_sim.stop()
    restarter = threading.Timer(1.0, own_sim.restart)
    restarter.start()
    try:
        assert backend.whoami().role == "supervisor"  # retried with backoff until the server is back
    finally:
        restarter.join()
    backend.close()


def test_writes_are_not_retried_blindly(own_sim: SimServer) -> None:
    backend = own_sim.client()
    t = open_ticket(backend)
    own_sim.stop()
    with pytest.raises(errors.Unavailable):
        backend.assign(t.id, t.version, None)
    own_sim.restart()
    assert backend.ticket(t.id).version == t.version  # nothing happened while it was down
    backend.close()


# ------------------------------------------------------------------ malformed answers (a raw server)
class _Scripted(BaseHTTPRequestHandler):
    """Answers each path with a scripted (status, headers, body)."""

    script: ClassVar[dict[str, list[tuple[int, dict[str, str], bytes]]]] = {}
    hits: ClassVar[dict[str, int]] = {}

    def _answer(self) -> None:
        path = self.path.split("?")[0]
        type(self).hits[path] = type(self).hits.get(path, 0) + 1
        queue = type(self).script.get(path) or [(404, {}, b'{"error":"not_found","message":"no"}')]
        status, headers, body = queue.pop(0) if len(queue) > 1 else queue[0]
        self.send_response(status)
        for k, v in {"Content-Type": "application/json", **headers}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815 - the names http.server dispatches to

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[type[_Scripted]]:
    _Scripted.script, _Scripted.hits = {}, {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Scripted.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield _Scripted
    server.shutdown()
    server.server_close()


def raw(scripted: type[_Scripted]) -> NativeBackend:
    return NativeBackend(scripted.url, "t")  # type: ignore[attr-defined]


def test_wrong_enum_names_the_field(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/me"] = [(200, {}, b'{"id":"u","name":"n","role":"king"}')]
    with pytest.raises(errors.MalformedResponse) as info:
        raw(scripted).whoami()
    assert info.value.field == "role"


def test_nested_type_error_names_the_path(scripted: type[_Scripted]) -> None:
    snap = {"cursor": 1, "server_time": "2026-11-23T10:00:00Z", "clock_rate": 1, "queues": [], "agents": [],
            "tickets": [{"id": "seven"}]}
    scripted.script["/api/v1/snapshot"] = [(200, {}, json.dumps(snap).encode())]
    with pytest.raises(errors.MalformedResponse) as info:
        raw(scripted).snapshot()
    assert info.value.field == "tickets[0].id"


def test_not_json_at_all(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/me"] = [(200, {"Content-Type": "text/html"}, b"<html>proxy login</html>")]
    with pytest.raises(errors.MalformedResponse, match="Malformed"):
        raw(scripted).whoami()


def test_error_without_json_body_still_maps(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/me"] = [(403, {"Content-Type": "text/plain"}, b"go away")]
    with pytest.raises(errors.Forbidden, match="go away"):
        raw(scripted).whoami()


def test_503_with_retry_after_is_retried_then_succeeds(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/me"] = [(503, {"Retry-After": "0"}, b"{}"), (503, {"Retry-After": "0"}, b"{}"),
                                     (200, {}, b'{"id":"u","name":"n","role":"viewer"}')]
    assert raw(scripted).whoami().role == "viewer"
    assert scripted.hits["/api/v1/me"] == 3


def test_persistent_503_is_unavailable(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/me"] = [(503, {"Retry-After": "0"}, b'{"error":"down","message":"maintenance"}')]
    with pytest.raises(errors.Unavailable, match="maintenance"):
        raw(scripted).whoami()
    assert scripted.hits["/api/v1/me"] == 5  # the first try and 4 retries


def test_429_on_a_write_is_rate_limited_with_the_delay(scripted: type[_Scripted]) -> None:
    scripted.script["/api/v1/tickets/1/assign"] = [(429, {"Retry-After": "7"},
                                                    b'{"error":"rate_limited","message":"slow down"}')]
    with pytest.raises(errors.RateLimited) as info:
        raw(scripted).assign(1, 1, None)
    assert info.value.retry_after == 7.0
    assert scripted.hits["/api/v1/tickets/1/assign"] == 1  # a POST is never retried by the session


@pytest.mark.parametrize("stream", [True, False])
def test_feed_goes_live_at_once_on_a_quiet_server(client: NativeBackend, stream: bool) -> None:
    """A paused centre sends no changes: the first answer alone must prove the feed live (SSE or long-poll)."""
    from api_client.feed import FeedFollower, FeedState

    states: list[FeedState] = []
    follower = FeedFollower(client, lambda s: None, lambda p: None, lambda st: states.append(st.state),
                            prefer_stream=stream)
    thread = threading.Thread(target=follower.run, daemon=True)
    started = time.monotonic()
    thread.start()
    while FeedState.LIVE not in states and time.monotonic() - started < 10:
        time.sleep(0.02)
    follower.stop()
    assert FeedState.LIVE in states
    assert time.monotonic() - started < 4  # not after a 5 s heartbeat or a 20 s long-poll


@pytest.mark.parametrize(("make", "kind"), [
    (lambda sim: NativeBackend(sim.url, "not-a-token"), "Unauthorized"),  # bad credentials
    (lambda sim: NativeBackend(sim.url + "/no-such-api", sim.tokens["supervisor"]), "NotFound"),  # missing object
])
def test_feed_stops_on_an_error_retrying_cannot_fix(sim: SimServer, make: Any, kind: str, caplog) -> None:
    """Bad credentials or a missing resource end the follower with the reason, instead of retrying for ever."""
    from api_client.feed import FeedFollower, FeedState, FeedStatus

    statuses: list[FeedStatus] = []
    backend = make(sim)
    follower = FeedFollower(backend, lambda s: None, lambda p: None, statuses.append)
    thread = threading.Thread(target=follower.run, daemon=True)
    thread.start()
    thread.join(timeout=15)
    backend.close()
    assert not thread.is_alive()
    assert [s.state for s in statuses] == [FeedState.CONNECTING, FeedState.STOPPED]
    assert statuses[-1].kind == kind
    assert statuses[-1].error
    assert f"feed stopped ({kind})" in caplog.text
