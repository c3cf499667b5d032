"""The Zendesk adapter against a small local HTTP server answering with the payloads of Zendesk's
API reference (developer.zendesk.com/api-reference: Users "Show Self", Groups, SLA Policies, Group
Memberships, Agent Availabilities, Search Export, Incremental Ticket Export cursor-based, Update
Ticket with safe_update, Update Many Tickets + Job Statuses, Ticket Comments). The server keeps the
tickets, so writes and read-backs are real HTTP round trips; it records every request, so the tests
check what the adapter sends. The Prism test serves Zendesk's own OpenAPI document (tests/specs), with
the defects listed in SPEC_FIXES fixed in a temporary copy, and checks every request the adapter sends."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from api_client.errors import Conflict, RateLimited
from api_client.models import BulkAssignItem, CategoryScore, InteractionFilter, ReviewInput
from api_client.vendors.common import Rejected
from api_client.vendors.zendesk import ZendeskBackend, auth_header, rule_capacities, spent_for
from api_client.vendors.zendesk_oauth import revoke
from tests.helpers.prism_mock import PrismMock, spec_path
from tests.helpers.prism_mock import unavailable_reason as prism_unavailable

ZENDESK_SPEC = spec_path("zendesk-support-oas.yaml")
ZENDESK = "https://example.zendesk.com"


def ticket(tid: int, **kw: Any) -> dict[str, Any]:
    """A ticket as in the reference's "Show Ticket" example."""
    base = {"id": tid, "url": f"https://example.zendesk.com/api/v2/tickets/{tid}",
            "subject": "Help, my printer is on fire!",
            "raw_subject": "Help, my printer is on fire!", "description": "The fire is very colorful.",
            "priority": "high", "status": "open", "requester_id": 20978392, "submitter_id": 76872,
            "assignee_id": None, "group_id": 98738, "via": {"channel": "web"}, "satisfaction_rating": None,
            "created_at": "2026-11-22T09:00:00Z", "updated_at": "2026-11-22T09:30:00Z", "tags": ["enterprise"]}
    return {**base, **kw}


class FakeZendesk:
    """State and recorded requests of the local server."""

    def __init__(self) -> None:
        self.tickets = {
            35436: ticket(35436, assignee_id=235323, via={"channel": "voice"}),
            35437: ticket(35437, status="hold", priority="low", group_id=98739),
            35438: ticket(35438, status="solved", satisfaction_rating={"score": "good"},
                          updated_at="2026-11-22T09:45:00Z"),
        }
        self.comments: dict[int, list[dict[str, Any]]] = {tid: [
            {"id": 1274, "type": "Comment", "author_id": 20978392, "body": "The fire is very colorful.",
             "public": True, "created_at": "2026-11-22T09:00:00Z"}] for tid in self.tickets}
        self.requests: list[tuple[str, str, dict[str, list[str]], Any, dict[str, str]]] = []
        self.rate_limit_next = 0  # answer this many incremental exports with 429 Retry-After: 1
        self.refuse_updates = 0  # answer this many update_many calls with 429 Retry-After: update_retry_after
        self.update_retry_after = "1"
        self.update_calls = 0  # update_many calls answered (refused ones included)
        self.rules = True  # the account has capacity rules (else 404: no omnichannel routing)
        self.channels = False  # Agent Availabilities with channels carrying max_capacity (omnichannel routing)
        self.exports = 0
        self.lock = threading.Lock()
        self.next_id = 9000

    def stamp(self) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time()))

    def handle(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any, dict]:
        if path == "/api/v2/users/me":
            return 200, {"user": {"id": 35436, "name": "Johnny Agent", "role": "admin",
                                  "email": "johnny@example.com"}}, {}
        if path == "/api/v2/groups":
            return 200, {"groups": [{"id": 98738, "name": "DJs", "deleted": False},
                                    {"id": 98739, "name": "MCs", "deleted": False}],
                         "meta": {"has_more": False, "after_cursor": None}}, {}
        if path == "/api/v2/slas/policies":
            metrics = [{"priority": p, "metric": metric, "target": target, "business_hours": False}
                       for p, first, full in (("low", 480, 2880), ("normal", 240, 1440), ("high", 60, 480),
                                              ("urgent", 15, 240))
                       for metric, target in (("first_reply_time", first), ("full_resolution_time", full))]
            return 200, {"sla_policies": [{"id": 25, "title": "Silver Plan", "policy_metrics": metrics}]}, {}
        if path == "/api/v2/group_memberships":
            return 200, {"group_memberships": [{"id": 4, "user_id": 235323, "group_id": 98738, "default": True},
                                               {"id": 5, "user_id": 235324, "group_id": 98739, "default": True}],
                         "meta": {"has_more": False}}, {}
        if path == "/api/v2/agent_availabilities":
            data: dict[str, Any] = {"data": [{"id": "235323", "type": "agent_availabilities", "attributes": {
                "agent_status": {"id": 1, "name": "online", "updated_at": "2026-11-22T09:00:00Z"}}},
                {"id": "235324", "type": "agent_availabilities", "attributes": {
                    "agent_status": {"id": 3, "name": "away", "updated_at": "2026-11-22T09:10:00Z"}}}]}
            if self.channels:  # the reference's Channels example, for one agent: messaging 1, email 5
                data["data"][0]["relationships"] = {"channels": {"data": [
                    {"id": "agent_availabilities|235323|channels|messaging", "type": "channels"},
                    {"id": "agent_availabilities|235323|channels|support", "type": "channels"}]}}
                data["included"] = [
                    {"id": "agent_availabilities|235323|channels|messaging", "type": "channels", "attributes": {
                        "max_capacity": 1, "name": "messaging", "status": "online", "work_item_count": 0}},
                    {"id": "agent_availabilities|235323|channels|support", "type": "channels", "attributes": {
                        "max_capacity": 5, "name": "support", "status": "online", "work_item_count": 2}}]
            return 200, data, {}
        if path == "/api/v2/capacity/rules" and not self.rules:
            return 404, {"error": "InvalidEndpoint", "description": "Not found"}, {}
        if path == "/api/v2/capacity/rules":  # List Capacity Rules' example: a bare list (stand-in: not in the OAS)
            return 200, [
                {"assignees": {"agents_sample": [{"id": 235323, "name": "johnny@example.com"}], "count": 1},
                 "capacities": {"email": 6, "messaging": 2, "voice": 0}, "created_at": "2022-01-01T00:00:00.000Z",
                 "default": False, "description": "Senior agents", "id": "12345678901234567890123456",
                 "last_updated_at": "2023-01-01T00:00:00.000Z", "name": "Senior"},
                {"assignees": {"agents_sample": [], "count": 0}, "capacities": {"email": 3, "messaging": 1},
                 "created_at": "2022-01-01T00:00:00.000Z", "default": True, "description": "Everyone else",
                 "id": "12345678901234567890123457", "last_updated_at": "2023-01-01T00:00:00.000Z",
                 "name": "Default"}], {}
        if path == "/api/v2/users":
            return 200, {"users": [{"id": 235323, "name": "Johnny Agent", "role": "agent", "active": True},
                                   {"id": 235324, "name": "Jane Admin", "role": "admin", "active": True}],
                         "meta": {"has_more": False}}, {}
        if path == "/api/v2/search/export":
            found = [t for t in self.tickets.values() if t["status"] not in ("solved", "closed")]
            return 200, {"results": found, "meta": {"has_more": False, "after_cursor": None}}, {}
        if path == "/api/v2/incremental/tickets/cursor":
            self.exports += 1
            if self.rate_limit_next:
                self.rate_limit_next -= 1
                return 429, {"error": "TooManyRequests"}, {"Retry-After": "1"}
            changed = [t for t in self.tickets.values() if "cursor" not in query or t.get("_touched")]
            for t in self.tickets.values():
                t.pop("_touched", None)
            metric_sets = [{"id": 33, "ticket_id": t["id"], "reopens": 0, "replies": 1,
                            "initially_assigned_at": "2026-11-22T09:05:00Z", "solved_at": "2026-11-22T09:45:00Z",
                            "reply_time_in_minutes": {"calendar": 20, "business": 20}} for t in changed
                           if t["status"] == "solved"] if query.get("include") == ["metric_sets"] else []
            return 200, {"tickets": [dict(t) for t in changed], "metric_sets": metric_sets,
                         "after_cursor": f"MTU3NjYxMzUzOS4wfHw0Njd8{self.exports}",
                         "after_url": "https://example.zendesk.com/api/v2/incremental/tickets/cursor?cursor=x",
                         "end_of_stream": True}, {}
        if path == "/api/v2/incremental/ticket_metric_events":
            sla = {"target": 60, "business_hours": False, "policy": {"id": 25, "title": "Silver Plan"}}
            return 200, {"ticket_metric_events": [
                {"id": 926256957613, "ticket_id": 35436, "metric": "reply_time", "instance_id": 1,
                 "type": "activate", "time": "2026-11-22T09:00:00Z"},
                {"id": 926256957614, "ticket_id": 35436, "metric": "reply_time", "instance_id": 1,
                 "type": "apply_sla", "time": "2026-11-22T09:00:00Z", "sla": sla},
                {"id": 926256957615, "ticket_id": 35436, "metric": "requester_wait_time", "instance_id": 1,
                 "type": "apply_sla", "time": "2026-11-22T09:00:00Z", "sla": {**sla, "target": 480}},
                {"id": 926256957616, "ticket_id": 35437, "metric": "reply_time", "instance_id": 1,
                 "type": "apply_sla", "time": "2026-11-22T09:00:00Z", "sla": sla},
                {"id": 926256957617, "ticket_id": 35437, "metric": "reply_time", "instance_id": 1,
                 "type": "fulfill", "time": "2026-11-22T09:20:00Z"}],
                "next_page": None, "count": 5, "end_of_stream": True, "end_time": 1795000000}, {}
        if path.startswith("/api/v2/tickets/") and path.endswith("/comments"):
            tid = int(path.split("/")[4])
            return 200, {"comments": self.comments[tid], "meta": {"has_more": False}}, {}
        if path == "/api/v2/tickets/update_many" and method == "PUT":
            self.update_calls += 1
            if self.refuse_updates:
                self.refuse_updates -= 1
                return 429, {"error": "TooManyRequests", "description": "Rate limit for ticket updates exceeded, "
                             "please wait before updating this ticket again"}, {"Retry-After": self.update_retry_after}
            results = []
            for item in body["tickets"]:
                t = self.tickets.get(item["id"])
                if t is None or item.get("updated_stamp") != t["updated_at"]:
                    results.append({"id": item["id"], "action": "update", "success": False, "status": "Failed",
                                    "error": "UpdateConflict"})
                    continue
                self._apply(t, item)
                results.append({"id": item["id"], "action": "update", "success": True, "status": "Updated"})
            self.job = {"id": "82de0b044094f0c67893ac9fe64f1a99", "status": "completed", "total": len(results),
                        "progress": len(results), "results": results}
            return 200, {"job_status": {"id": self.job["id"], "status": "queued",
                                        "url": f"{ZENDESK}/api/v2/job_statuses/{self.job['id']}"}}, {}
        if path.startswith("/api/v2/job_statuses/"):
            return 200, {"job_status": self.job}, {}
        if path.startswith("/api/v2/tickets/") and path.split("/")[4].isdigit():
            tid = int(path.split("/")[4])
            t = self.tickets.get(tid)
            if t is None:
                return 404, {"error": "RecordNotFound", "description": "Not found"}, {}
            if method == "GET":
                return 200, {"ticket": t}, {}
            update = body["ticket"]
            if update.get("safe_update") and update.get("updated_stamp") != t["updated_at"]:
                return 409, {"error": "UpdateConflict", "description": "Safe Update prevented the update due to "
                             "outdated ticket data. Please fetch the latest ticket data and try again."}, {}
            self._apply(t, update)
            return 200, {"ticket": t, "audit": {"id": 2127301143, "events": []}}, {}
        return 404, {"error": "InvalidEndpoint", "description": f"Not found: {path}"}, {}

    def _apply(self, t: dict[str, Any], update: dict[str, Any]) -> None:
        for key in ("assignee_id", "group_id", "priority", "status"):
            if key in update:
                t[key] = update[key]
        if "comment" in update:
            self.next_id += 1
            self.comments[t["id"]].append({"id": self.next_id, "type": "Comment", "author_id": 35436,
                                           "body": update["comment"]["body"],
                                           "public": update["comment"].get("public", True),
                                           "created_at": self.stamp()})
        t["updated_at"] = self.stamp() if self.stamp() != t["updated_at"] else "2026-11-22T23:59:59Z"
        t["_touched"] = True


@pytest.fixture
def zendesk() -> Iterator[tuple[FakeZendesk, str]]:
    fake = FakeZendesk()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            query = parse_qs(parts.query)
            with fake.lock:
                fake.requests.append((self.command, parts.path, query, body, dict(self.headers)))
                status, payload, headers = fake.handle(self.command, parts.path, query, body)
            data = json.dumps({k: v for k, v in payload.items()} if isinstance(payload, dict) else payload,
                              default=str).encode()
            data = data.replace(b', "_touched": true', b"")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_POST = _serve  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def make(url: str, **kw: Any) -> ZendeskBackend:
    return ZendeskBackend(url, "johnny@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv", **kw)


def test_credentials_go_in_the_authorization_header(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    assert make(url).whoami().role == "supervisor"
    headers = fake.requests[-1][4]
    expected = base64.b64encode(b"johnny@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv").decode()
    assert headers["Authorization"] == f"Basic {expected}"
    assert auth_header("oauth-access-token") == ("Authorization", "Bearer ", "oauth-access-token")


def test_snapshot_maps_groups_sla_agents_and_tickets(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    snap = make(url).snapshot()
    assert [(q.id, q.name) for q in snap.queues] == [("98738", "DJs"), ("98739", "MCs")]
    urgent = next(s for s in snap.queues[0].sla if s.priority == "urgent")
    assert (urgent.first_response_s, urgent.resolution_s) == (15 * 60, 240 * 60)
    agents = {a.id: a for a in snap.agents}
    assert (agents["235323"].state, agents["235323"].team) == ("available", "DJs")
    assert (agents["235324"].state, agents["235324"].team) == ("break", "MCs")
    tickets = {t.id: t for t in snap.tickets}
    assert (tickets[35436].channel, tickets[35436].assignee_id, tickets[35436].priority) == ("phone", "235323", "high")
    assert (tickets[35437].status, tickets[35437].sla_paused) == ("pending", True)
    assert (tickets[35438].status, tickets[35438].csat) == ("solved", 5)  # from the incremental export
    # the metric set sideloaded with the export: first reply 20 minutes after creation
    assert tickets[35438].first_response_at == datetime(2026, 11, 22, 9, 20, tzinfo=UTC)
    # SLA due times from the metric events: reply within 60 min, resolution within 480; a fulfilled one is gone
    assert tickets[35436].first_response_due == datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    assert tickets[35436].resolution_due == datetime(2026, 11, 22, 17, 0, tzinfo=UTC)
    assert tickets[35437].first_response_due is None
    export = next(q for m, p, q, _, _ in fake.requests if p == "/api/v2/incremental/tickets/cursor")
    assert "start_time" in export
    search = next(q for m, p, q, _, _ in fake.requests if p == "/api/v2/search/export")
    assert (search["query"], search["filter[type]"]) == (["status<solved"], ["ticket"])  # no type: in the query


def test_assign_uses_safe_update_and_a_private_note(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url)
    t = backend.ticket(35437)
    after = backend.assign(35437, t.version, "235323", reason="Balancing the load")
    assert after.assignee_id == "235323"
    _, path, _, body, _ = fake.requests[-1]
    assert path == "/api/v2/tickets/35437"
    assert body["ticket"]["safe_update"] is True
    assert body["ticket"]["updated_stamp"] == "2026-11-22T09:30:00Z"
    assert body["ticket"]["comment"] == {"body": "Balancing the load", "public": False}
    assert fake.tickets[35437]["assignee_id"] == 235323
    with pytest.raises(Conflict) as info:  # the version it had before the change
        backend.assign(35437, t.version, None)
    assert info.value.current is not None
    assert info.value.current.assignee_id == "235323"


def test_bulk_assign_sends_update_many_in_hundreds(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url)
    t = backend.ticket(35436)
    items = [BulkAssignItem(ticket_id=35436, version=t.version, assignee_id="235324")]
    items += [BulkAssignItem(ticket_id=100000 + i, version=1, assignee_id="235324") for i in range(149)]
    result = backend.bulk_assign(items, reason="Shift change")
    calls = [body for m, p, _, body, _ in fake.requests if p == "/api/v2/tickets/update_many"]
    assert [len(c["tickets"]) for c in calls] == [100, 50]
    assert calls[0]["tickets"][0] == {"id": 35436, "safe_update": True, "updated_stamp": "2026-11-22T09:30:00Z",
                                      "assignee_id": 235324, "comment": {"body": "Shift change", "public": False}}
    outcomes = {r.ticket_id: r for r in result.results}
    assert outcomes[35436].ok
    assert not outcomes[100000].ok
    assert fake.tickets[35436]["assignee_id"] == 235324


def test_capacity_comes_from_the_capacity_rules_without_omnichannel_channels(
        zendesk: tuple[FakeZendesk, str]) -> None:
    """No channel carries max_capacity: the rules give it (Senior names Johnny in full; the default rule the rest)."""
    _, url = zendesk
    agents = {a.id: a for a in make(url).snapshot().agents}
    assert (agents["235323"].capacity, agents["235323"].capacity_source) == (8, "system")
    assert (agents["235324"].capacity, agents["235324"].capacity_source) == (4, "system")


def test_capacity_comes_from_the_agents_channels_with_omnichannel_routing(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    fake.channels = True
    agents = {a.id: a for a in make(url).snapshot().agents}
    assert (agents["235323"].capacity, agents["235323"].capacity_source) == (6, "system")
    assert agents["235324"].capacity_source == "nominal"  # no channel capacity and the rules were not read
    assert not [p for _, p, _, _, _ in fake.requests if p == "/api/v2/capacity/rules"]


def test_rule_capacities_ignore_the_default_rule_when_a_rule_names_only_a_sample() -> None:
    rules = [{"assignees": {"agents_sample": [{"id": 1}], "count": 40}, "capacities": {"email": 2}},
             {"default": True, "capacities": {"email": 9}}]
    assert rule_capacities(rules) == ({"1": 2}, None)


def test_rate_limit_headers_say_when_the_budget_is_spent() -> None:
    assert spent_for({"ratelimit-remaining": "0", "ratelimit-reset": "41"}) == 41.0
    assert spent_for({"X-Rate-Limit-Remaining": "0"}) == 60.0
    assert spent_for({"zendesk-ratelimit-tickets-index": "total=100; remaining=0; resets=12"}) == 12.0
    assert spent_for({"X-Rate-Limit-Remaining": "699", "zendesk-ratelimit-tickets-index": "total=100; "
                      "remaining=99; resets=41"}) is None


def test_update_many_refused_with_429_is_sent_again_after_retry_after(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url)
    t = backend.ticket(35436)
    fake.refuse_updates = 1
    waits: list[float] = []
    watcher = threading.Thread(target=lambda: [waits.append(backend.budget.state().wait_s) or time.sleep(0.05)
                                               for _ in range(20)])
    watcher.start()
    start = time.monotonic()
    result = backend.bulk_assign([BulkAssignItem(ticket_id=35436, version=t.version, assignee_id="235324")])
    watcher.join()
    assert time.monotonic() - start >= 0.9  # Retry-After: 1 was waited out
    assert [r.ok for r in result.results] == [True]  # not surfaced as a failure
    assert fake.update_calls == 2
    assert max(waits) > 0.5  # the wait was reported while it lasted
    assert fake.tickets[35436]["assignee_id"] == 235324


def test_a_retry_after_longer_than_the_bound_reaches_the_caller(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url)
    t = backend.ticket(35436)
    fake.refuse_updates, fake.update_retry_after = 1, "3600"
    with pytest.raises(RateLimited):
        backend.bulk_assign([BulkAssignItem(ticket_id=35436, version=t.version, assignee_id="235324")])
    assert fake.tickets[35436]["assignee_id"] == 235323  # nothing moved


def test_change_feed_follows_the_export_cursor_at_the_rate_limit(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url, poll_s=0.5)
    snap = backend.snapshot()
    t = backend.ticket(35436)
    backend.escalate(35436, t.version, reason="VIP customer", priority="urgent", queue_id="98739")
    before = fake.exports
    assert backend.changes(snap.cursor).changes == []  # too soon after the snapshot's export: no call
    assert fake.exports == before
    page = backend.changes(snap.cursor, wait=2.0)
    (change,) = page.changes
    assert (change.ticket.priority, change.ticket.queue_id) == ("urgent", "98739")  # type: ignore[union-attr]
    assert page.cursor > snap.cursor
    export = [q for m, p, q, _, _ in fake.requests if p == "/api/v2/incremental/tickets/cursor"][-1]
    assert export["cursor"][0].startswith("MTU3NjYxMzUzOS4wfHw0Njd8")


def test_rate_limit_answer_is_waited_out(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url, poll_s=0.0)
    backend.snapshot()
    fake.rate_limit_next = 1
    start = time.monotonic()
    backend.changes(0)
    assert time.monotonic() - start >= 0.9  # Retry-After: 1 was honoured before the retry
    assert fake.rate_limit_next == 0


def test_reviews_are_private_comments(zendesk: tuple[FakeZendesk, str]) -> None:
    fake, url = zendesk
    backend = make(url)
    saved = backend.save_review(ReviewInput(interaction_id=35436, scorecard_id="standard", status="submitted",
                                            scores=[CategoryScore(category_id="greeting", value=2)]))
    assert (saved.agent_id, saved.reviewer_id, saved.score) == ("235323", "35436", 100.0)
    assert fake.comments[35436][-1]["public"] is False
    assert [r.id for r in make(url).reviews(interaction_id=35436)] == [saved.id]
    turns = backend.interactions(InteractionFilter(ticket_id=35436))[0].turns
    assert [t.text for t in turns] == ["The fire is very colorful."]  # the review note is not transcript


# Defects of Zendesk's document, each fixed in the copy Prism serves: (what is wrong, text, replacement)
SPEC_FIXES = [
    ("ListGroupMemberships declares the path parameters of /groups/{group_id}/memberships and "
     "/users/{user_id}/group_memberships, so Prism requires group_id and user_id on /group_memberships",
     "      operationId: ListGroupMemberships\n", None),
    ("ListGroups declares the path parameter of /users/{user_id}/groups, so Prism requires user_id on /groups",
     "      operationId: ListGroups\n", None),
    ("the cursor-based ticket export requires start_time, though its own cursor parameter is 'for all subsequent "
     "exports after the initial request' and Zendesk's after_url carries the cursor alone",
     "  /api/v2/incremental/tickets/cursor:\n    parameters:\n      - $ref: '#/components/parameters/"
     "IncrementalUnixTime'\n",
     "  /api/v2/incremental/tickets/cursor:\n    parameters:\n      - name: start_time\n        in: query\n"
     "        schema:\n          type: integer\n"),
    ("Update Many Tickets has no request body, so Prism refuses any; Zendesk's reference documents "
     "{\"tickets\": [{\"id\": ..., fields}]} (or {\"ticket\": {...}} with ids)",
     "          example: 35436,35437\n      responses:\n",
     "          example: 35436,35437\n      requestBody:\n        content:\n          application/json:\n"
     "            schema:\n              type: object\n              properties:\n                ticket:\n"
     "                  $ref: '#/components/schemas/TicketUpdateInput'\n                tickets:\n"
     "                  type: array\n                  maxItems: 100\n                  items:\n"
     "                    allOf:\n                      - $ref: '#/components/schemas/TicketUpdateInput'\n"
     "                      - type: object\n                        required: [id]\n"
     "                        properties:\n                          id:\n                            type: integer\n"
     "      responses:\n"),
    ("the only security scheme is basic authentication, though Zendesk's authentication guide documents OAuth "
     "access tokens sent as 'Authorization: Bearer'",
     "    basicAuth:\n      type: http\n      scheme: basic\nsecurity:\n  - basicAuth: []\n",
     "    basicAuth:\n      type: http\n      scheme: basic\n    bearerAuth:\n      type: http\n"
     "      scheme: bearer\nsecurity:\n  - basicAuth: []\n  - bearerAuth: []\n"),
]


def patched_spec(tmp_path: Path) -> Path:
    """Zendesk's document with :data:`SPEC_FIXES` applied (text edits: PyYAML cannot load it), each asserted."""
    text = ZENDESK_SPEC.read_text(encoding="utf-8")
    for defect, old, new in SPEC_FIXES:
        if new is None:  # drop the wrong path-parameter refs that follow this operationId
            head, sep, rest = text.partition(old)
            wrong = rest.split("      responses:", 1)[0]
            params = "".join(line for line in wrong.splitlines(keepends=True)
                             if "components/parameters/UserId'" not in line
                             and "components/parameters/GroupId'" not in line)
            params = params.removesuffix("      parameters:\n")  # no parameter left: no empty list
            assert sep, f"fix not applied ({defect})"
            assert params != wrong, f"fix not applied ({defect})"
            text = head + sep + params + rest[len(wrong):]
        else:
            assert text.count(old) == 1, f"fix not applied ({defect})"
            text = text.replace(old, new)
    path = tmp_path / ZENDESK_SPEC.name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.skipif(prism_unavailable(ZENDESK_SPEC) is not None,
                    reason=prism_unavailable(ZENDESK_SPEC) or "")
def test_requests_validate_against_zendesks_openapi_document(tmp_path: Path) -> None:
    mock = PrismMock(patched_spec(tmp_path), tmp_path / "prism.log").start()
    try:
        backend = make(mock.url, poll_s=0.0)
        snap = backend.snapshot()
        assert [q.name for q in snap.queues] == ["DJs", "MCs"]  # the document's example groups
        backend.changes(snap.cursor)  # the feed follows the export's cursor
        t = backend.ticket(35436)
        with pytest.raises(Rejected):  # the mock's answer does not show the new assignee: reported, not success
            backend.assign(35436, t.version, "235324", reason="Balancing the load")
        moved = backend.bulk_assign([BulkAssignItem(ticket_id=tid, version=t.version, assignee_id="235324")
                                     for tid in (244, 245)], reason="Shift change")
        assert [r.ok for r in moved.results] == [True, True]  # the document's completed job
        assert ZendeskBackend(mock.url, "oauth-access-token").whoami().id == "35436"  # sent as Bearer
        seen = mock.requests_since()
        # the Agent Availability and Capacity Rules APIs have their own documents, not the Support API's
        bad = [(method, path) for method, path, ok in seen  # the Agent Availability and Capacity Rules APIs:
               if not ok and not path.startswith(("/api/v2/agent_availabilities", "/api/v2/capacity/"))]
        assert not bad, f"requests Zendesk's document does not allow: {bad}"
        assert {("GET", "/api/v2/groups"), ("GET", "/api/v2/group_memberships"), ("PUT", "/api/v2/tickets/35436"),
                ("PUT", "/api/v2/tickets/update_many")} <= {(m, p.split("?")[0]) for m, p, _ in seen}
    finally:
        mock.stop()


@pytest.mark.skipif(prism_unavailable(ZENDESK_SPEC) is not None,
                    reason=prism_unavailable(ZENDESK_SPEC) or "")
def test_revoking_a_sign_in_validates_against_zendesks_openapi_document(tmp_path: Path) -> None:
    """Show Token (``current``) for the id, then Revoke Token by id, both with the access token as Bearer. One more
    defect fixed for this: the token id is declared an integer, though Show Token's own text documents
    ``/api/v2/oauth/tokens/current.json``. The token exchange itself (``POST /oauth/tokens``) is not checked: the
    document declares no request body for it."""
    spec = patched_spec(tmp_path)
    text = spec.read_text(encoding="utf-8")
    integer_id = ("      description: The ID of the OAuth token\n      required: true\n      schema:\n"
                  "        type: integer\n")
    assert text.count(integer_id) == 1
    assert "/api/v2/oauth/tokens/current.json" in text
    spec.write_text(text.replace(integer_id, integer_id.replace(
        "        type: integer\n", "        oneOf:\n          - type: integer\n          - enum: [current]\n")),
        encoding="utf-8")
    mock = PrismMock(spec, tmp_path / "prism.log").start()
    try:
        revoke(mock.url, "oauth-access-token")
        seen = [(m, p.split("?")[0], ok) for m, p, ok in mock.requests_since()]
        assert seen == [("GET", "/api/v2/oauth/tokens/current", True),
                        ("DELETE", "/api/v2/oauth/tokens/223443", True)]  # the document's example token id
    finally:
        mock.stop()
