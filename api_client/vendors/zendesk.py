"""Zendesk Support (API v2) as a backend.

Mapping: groups are queues (their SLA targets come from the account's first SLA policy, so the
console computes due times), agents and admins are agents (availability from the Agent
Availability API where the plan has it; their default group is their team), tickets map field by
field (``hold`` is pending, ``via.channel`` gives the channel, a ``good``/``bad`` satisfaction rating
is CSAT 5/1), comments are the transcript, private comments carry reasons and QA reviews.

Agent capacity (https://developer.zendesk.com/api-reference/agent-availability/): with omnichannel routing, each
agent's channels in the Agent Availability API carry ``max_capacity`` (the capacity rule that applies to them); the
agent's capacity is their sum. Without it, the capacity rules (``GET /capacity/rules``: ``capacities`` per channel,
``default``, ``assignees.agents_sample``) give it where the rules name their agents in full; an agent neither names
has a nominal capacity (``capacity_source="nominal"``), which a supervisor may set in the console.

Write budget: Zendesk allows 100 ticket updates a minute per account, the agents' own edits included. Writes take a
turn from ``budget`` (:class:`~api_client.budget.Budget`, at most ``UPDATES_PER_MIN`` writes a minute); a bulk move is
``update_many`` jobs of 100 tickets with job polling. A 429 blocks the budget for its ``Retry-After`` and the write is
sent again (up to ``RETRIES`` times; a wait over ``MAX_WAIT_S`` reaches the caller as RateLimited); a write answer
saying nothing is left (``ratelimit-remaining``/``X-Rate-Limit-Remaining``, or a ``zendesk-ratelimit-*`` header with
``remaining=0``) blocks it until its reset. ``budget.state()`` says when a write waits, for the console to show.

Changes come from the cursor-based incremental ticket export, which Zendesk limits to 10 requests a
minute: the feed polls it at most every ``poll_s`` (default 10 s) and honours ``Retry-After``. A
ticket's version is its ``updated_at`` in seconds; writes send it as ``updated_stamp`` with
``safe_update``, and Zendesk answers 409 when the ticket changed since (:class:`Conflict`).

Authentication: an :class:`~api_client.vendors.zendesk_oauth.OAuthCredential` (``credential=``, from signing in with
Zendesk) sends its access token as ``Bearer``, renews it before it expires and once after a 401, then repeats the
call once. A plain ``token`` is ``email/token:API_TOKEN`` (basic authentication; Zendesk ends API tokens on
2027-04-30) or an OAuth access token that cannot be renewed.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import time
from collections.abc import Generator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import requests

from api_client import models as m
from api_client.backend import Capability
from api_client.budget import Budget
from api_client.errors import (
    ApiError,
    Conflict,
    Forbidden,
    NotAvailable,
    NotFound,
    RateLimited,
    Unauthorized,
    Unavailable,
)
from api_client.vendors.common import (
    AT_RISK_S,
    DEFAULT_CAPACITY,
    MARKER,
    Rejected,
    VendorBackend,
    audit_matches,
    fold_notes,
    heartbeat_stream,
    keyset_page,
    parse_note,
    poll,
    require_reason,
    server_time,
    with_override,
)
from api_client.vendors.zendesk_oauth import OAuthCredential

log = logging.getLogger(__name__)

API = "/api/v2"
BULK = 100  # tickets per update_many call (Zendesk's limit)
UPDATES_PER_MIN = 100  # ticket updates a minute per account (Zendesk's Update Ticket limit)
RETRIES = 3  # a write refused with 429 is sent again this many times
MAX_WAIT_S = 300.0  # a longer Retry-After is not waited out: the caller hears RateLimited at once
STATUS: dict[str, m.Status] = {"new": "new", "open": "open", "pending": "pending", "hold": "pending",
                               "solved": "solved", "closed": "closed"}
CHANNEL: dict[str, m.Channel] = {"email": "email", "web": "email", "voice": "phone", "chat": "chat",
                                 "native_messaging": "chat", "api": "app", "mobile": "app", "mobile_sdk": "app",
                                 "sdk": "app", "twitter": "social", "facebook": "social", "whatsapp": "social",
                                 "instagram_dm": "social", "line": "social", "wechat": "social"}
AGENT_STATE: dict[str, m.AgentState] = {"online": "available", "transfers_only": "busy", "away": "break",
                                        "offline": "offline"}
CSAT = {"good": 5, "bad": 1}


def auth_header(token: str) -> tuple[str, str, str]:
    """(header, prefix, value) for a Zendesk credential: ``email/token:KEY`` is basic auth, else OAuth."""
    if "/token:" in token:
        return "Authorization", "Basic ", base64.b64encode(token.encode()).decode()
    return "Authorization", "Bearer ", token


def _at(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _priority(value: Any) -> m.Priority | None:
    """Zendesk's priority (the same four words as ours), or None when there is none."""
    return next((p for p in m.PRIORITIES if p == value), None)


def _stamp(version: int) -> str:
    return datetime.fromtimestamp(version, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def spent_for(headers: Any) -> float | None:
    """Seconds until the budget is back when an answer's rate-limit headers say nothing is left, else None:
    ``ratelimit-remaining``/``X-Rate-Limit-Remaining`` (with ``ratelimit-reset``) and ``zendesk-ratelimit-*``
    headers of the form ``total=100; remaining=0; resets=41``."""
    def number(value: Any) -> float | None:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None

    remaining = number(headers.get("ratelimit-remaining") or headers.get("X-Rate-Limit-Remaining"))
    if remaining is not None and remaining <= 0:
        return number(headers.get("ratelimit-reset")) or 60.0
    for name, value in headers.items():
        if name.lower().startswith("zendesk-ratelimit-"):
            fields = dict(part.strip().partition("=")[::2] for part in str(value).split(";"))
            left = number(fields.get("remaining"))
            if left is not None and left <= 0:
                return number(fields.get("resets")) or 60.0
    return None


def channel_capacity(availability: dict[str, Any], included: dict[str, dict[str, Any]]) -> int | None:
    """An agent's capacity from their availability: the sum of ``max_capacity`` over their channels (None when
    no channel has one: omnichannel routing is off)."""
    links = ((availability.get("relationships") or {}).get("channels") or {}).get("data") or []
    caps = [(included.get(str(link.get("id"))) or {}).get("attributes", {}).get("max_capacity") for link in links]
    found = [int(c) for c in caps if isinstance(c, int) and c >= 0]
    return sum(found) if found else None


def rule_capacities(rules: list[dict[str, Any]]) -> tuple[dict[str, int], int | None]:
    """(agent id -> capacity, the default rule's capacity or None) from the capacity rules, each the sum of its
    channels' capacities. A rule names its agents only in ``assignees.agents_sample``: the default rule applies
    to the agents no rule names only when every other rule names all of its agents (``count``)."""
    named: dict[str, int] = {}
    default: int | None = None
    complete = True
    for rule in rules:
        caps = rule.get("capacities") or {}
        total = sum(int(v) for v in caps.values() if isinstance(v, int) and v >= 0)
        if rule.get("default"):
            default = total
            continue
        assignees = rule.get("assignees") or {}
        sample = assignees.get("agents_sample") or []
        complete = complete and len(sample) >= int(assignees.get("count") or 0)
        for agent in sample:
            named[str(agent.get("id"))] = total
    return named, default if complete else None


class ZendeskBackend(VendorBackend):
    """Backend for Zendesk Support; ``base_url`` is ``https://SUBDOMAIN.zendesk.com``."""

    VENDOR = "Zendesk"
    NAME = "Zendesk"
    capabilities = frozenset({Capability.SLA, Capability.SERVICE_LEVEL, Capability.CSAT, Capability.AGENT_STATES,
                              Capability.TRANSCRIPTS, Capability.REVIEWS, Capability.MOVE_QUEUE, Capability.AUDIT})
    BUDGET = "updates"  # what ``budget`` counts: ticket updates (the console says "update budget")

    def __init__(self, base_url: str, token: str | None, *, poll_s: float = 10.0, verify: bool | str = True,
                 credential: OAuthCredential | None = None, **kw: Any) -> None:
        super().__init__()
        self.credential = credential
        if credential is not None:
            token = None  # each request carries the credential's current access token
        elif token and "/token:" in token:
            # Said where the user sees it (the Connections dialog's note); in the log once per connection, not loud.
            log.info("Zendesk API tokens stop working on 2027-04-30: sign in with Zendesk (OAuth) instead")
        name, prefix, value = auth_header(token or "")
        self.poll_s = poll_s
        self.budget = Budget(UPDATES_PER_MIN, 60.0)
        self.http = self._session(base_url.rstrip("/") + API, value or None, verify=verify,
                                  auth_header=(name, prefix), **kw)
        self._export_cursor: str | None = None  # Zendesk's incremental export cursor
        self._metrics: dict[int, dict[str, Any]] = {}  # ticket id -> its metric set (sideloaded by the export)
        self._dues: dict[int, tuple[datetime | None, datetime | None]] = {}  # from SLA metric events
        self._seq = 0
        self._last_poll = 0.0

    def __repr__(self) -> str:
        return f"ZendeskBackend({self.http.base_url!r})"

    def _json(self, method: str, path: str, **kw: Any) -> tuple[dict[str, Any], requests.Response]:
        """Zendesk answers with an object (an empty answer reads as an empty one)."""
        data, resp = self._authorized(method, path, **kw)
        return (data if isinstance(data, dict) else {}), resp

    def _authorized(self, method: str, path: str, **kw: Any) -> tuple[Any, requests.Response]:
        """The call with the credential's access token; after a 401 once more with a renewed one (a 401 means
        Zendesk did nothing, so repeating a write is safe)."""
        if self.credential is None:
            return super()._json(method, path, **kw)
        headers = dict(kw.pop("headers", None) or {})
        token = self.credential.access_token()
        try:
            return super()._json(method, path, headers={**headers, "Authorization": f"Bearer {token}"}, **kw)
        except Unauthorized:
            token = self.credential.renew(token)
        return super()._json(method, path, headers={**headers, "Authorization": f"Bearer {token}"}, **kw)

    def _list(self, path: str, key: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a list endpoint, with cursor pagination (``page[size]``, ``meta.after_cursor``).
        A cursor that does not advance ends the listing instead of asking for the same page forever."""
        params = {**(params or {}), "page[size]": 100}
        while True:
            data, _ = self._json("GET", path, params=params)
            yield from data.get(key) or []
            meta = data.get("meta") or {}
            after = meta.get("after_cursor")
            if not meta.get("has_more") or not after or after == params.get("page[after]"):
                return
            params = {**params, "page[after]": after}

    # ---------------------------------------------------------------- reads
    def whoami(self) -> m.User:
        user = self._json("GET", "/users/me")[0].get("user") or {}
        roles: dict[str, m.Role] = {"admin": "supervisor", "agent": "team_lead"}
        role = roles.get(str(user.get("role")), "viewer")
        return m.User(id=str(user.get("id")), name=str(user.get("name") or user.get("id")), role=role)

    def sla_targets(self) -> list[m.SlaTarget]:
        """First-reply and resolution targets per priority from the first SLA policy (none: no targets)."""
        try:
            policies = self._json("GET", "/slas/policies")[0].get("sla_policies") or []
        except (Forbidden, NotFound):  # SLA policies need a Professional plan or above
            return []
        if not policies:
            return []
        targets: dict[m.Priority, dict[str, int]] = {}
        for metric in policies[0].get("policy_metrics") or []:
            kind = {"first_reply_time": "first", "full_resolution_time": "resolution",
                    "requester_wait_time": "resolution"}.get(str(metric.get("metric")))
            priority = _priority(metric.get("priority"))
            if kind is not None and priority is not None:
                targets.setdefault(priority, {}).setdefault(kind, int(metric.get("target") or 0) * 60)
        return [m.SlaTarget(priority=p, first_response_s=t.get("first", 0), resolution_s=t.get("resolution", 0))
                for p, t in targets.items() if "first" in t and "resolution" in t]

    def queues(self) -> list[m.Queue]:
        sla = self.sla_targets()
        return [m.Queue(id=str(g["id"]), name=str(g.get("name") or g["id"]), skill=str(g["id"]), sla=sla,
                        service_level=m.ServiceLevelTarget(percent=0, threshold_s=0), at_risk_s=AT_RISK_S)
                for g in self._list("/groups", "groups") if not g.get("deleted")]

    def agents(self, skills: list[str], now: datetime) -> list[m.Agent]:
        teams: dict[str, str] = {}
        names = {str(g["id"]): str(g.get("name") or g["id"]) for g in self._list("/groups", "groups")}
        for gm in self._list("/group_memberships", "group_memberships"):
            if gm.get("default") or str(gm.get("user_id")) not in teams:
                teams[str(gm.get("user_id"))] = names.get(str(gm.get("group_id")), "")
        states: dict[str, m.AgentState] = {}
        capacity: dict[str, int] = {}
        try:
            data, _ = self._json("GET", "/agent_availabilities")
            included = {str(i.get("id")): i for i in data.get("included") or [] if isinstance(i, dict)}
            for item in data.get("data") or []:
                attributes = item.get("attributes") or {}
                agent_id = str(attributes.get("agent_id") or item.get("id"))
                states[agent_id] = AGENT_STATE.get(str((attributes.get("agent_status") or {}).get("name")), "offline")
                cap = channel_capacity(item, included)
                if cap is not None:
                    capacity[agent_id] = cap
        except (Forbidden, NotFound):  # no Agent Availability on this plan
            pass
        default = None
        if not capacity:
            named, default = self._capacity_rules()
            capacity.update(named)
        agents = []
        for u in self._list("/users", "users", {"role[]": ["agent", "admin"]}):
            if not u.get("active", True):
                continue
            uid = str(u["id"])
            cap = capacity.get(uid, default)
            agents.append(m.Agent(id=uid, name=str(u.get("name") or uid), team=teams.get(uid, ""),
                                  state=states.get(uid, "available"), state_since=now, skills=skills,
                                  capacity=DEFAULT_CAPACITY if cap is None else cap,
                                  capacity_source="nominal" if cap is None else "system", version=0))
        return agents

    def _capacity_rules(self) -> tuple[dict[str, int], int | None]:
        """:func:`rule_capacities` of the account's capacity rules (none without omnichannel routing or for a
        non-admin)."""
        try:
            data, _ = self._authorized("GET", "/capacity/rules")
        except (Forbidden, NotFound):
            return {}, None
        rules = data.get("capacity_rules") if isinstance(data, dict) else data
        return rule_capacities([r for r in rules or [] if isinstance(r, dict)])

    def _ticket(self, t: dict[str, Any]) -> m.Ticket:
        created = _at(t.get("created_at")) or datetime.now(UTC)
        updated = _at(t.get("updated_at")) or created
        status = STATUS.get(str(t.get("status")), "open")
        channel = CHANNEL.get(str((t.get("via") or {}).get("channel")), "email")
        rating = (t.get("satisfaction_rating") or {}).get("score")
        requester = str(t.get("requester_id") or "unknown")
        priority = _priority(t.get("priority")) or "normal"
        ms = self._metrics.get(int(t["id"]), {})
        reply = (ms.get("reply_time_in_minutes") or {}).get("calendar")
        first_due, resolution_due = self._dues.get(int(t["id"]), (None, None))
        return m.Ticket(
            id=int(t["id"]), subject=str(t.get("subject") or t.get("raw_subject") or ""), channel=channel,
            queue_id=str(t.get("group_id") or ""), priority=priority, status=status,
            assignee_id=str(t["assignee_id"]) if t.get("assignee_id") else None,
            requester=m.Requester(id=requester, name=requester, tier="standard", language="en"),
            created_at=created, updated_at=updated, assigned_at=_at(ms.get("initially_assigned_at")),
            first_response_at=created + timedelta(minutes=reply) if reply is not None else None,
            solved_at=(_at(ms.get("solved_at")) or updated) if status in ("solved", "closed") else None,
            first_response_due=first_due, resolution_due=resolution_due, reopened=int(ms.get("reopens") or 0),
            sla_paused=t.get("status") in ("pending", "hold"), csat=CSAT.get(str(rating)),
            web_url=f"{self.http.base_url.removesuffix(API)}/agent/tickets/{int(t['id'])}",
            version=int(updated.timestamp()))

    def _export(self, start: datetime | None) -> tuple[list[dict[str, Any]], requests.Response]:
        """One incremental export call: from ``start`` (a new cursor) or from the kept cursor."""
        params: dict[str, Any] = {"include": "metric_sets"}
        params.update({"cursor": self._export_cursor} if start is None else {"start_time": int(start.timestamp())})
        self._last_poll = time.monotonic()
        data, resp = self._json("GET", "/incremental/tickets/cursor", params=params)
        if data.get("after_cursor"):
            self._export_cursor = str(data["after_cursor"])
        for ms in data.get("metric_sets") or []:
            if "ticket_id" in ms:
                self._metrics[int(ms["ticket_id"])] = ms
        return list(data.get("tickets") or []), resp

    def _sla_dues(self, since: datetime) -> None:
        """SLA due times from the ticket metric events (one call; the limit is 10 a minute): the latest
        calendar-hours ``apply_sla`` of the reply and resolution metrics that no ``fulfill`` followed.
        Business-hours targets are left to the console, which computes them from the queue's policy."""
        data, _ = self._json("GET", "/incremental/ticket_metric_events",
                             params={"start_time": int(since.timestamp())})
        running: dict[tuple[int, str], datetime | None] = {}
        for ev in sorted(data.get("ticket_metric_events") or [], key=lambda e: str(e.get("time"))):
            key = (int(ev.get("ticket_id") or 0), str(ev.get("metric")))
            at, sla = _at(ev.get("time")), ev.get("sla") or {}
            if ev.get("type") == "apply_sla" and at is not None and not sla.get("business_hours"):
                running[key] = at + timedelta(minutes=float(sla.get("target") or 0))
            elif ev.get("type") == "fulfill":
                running[key] = None
        for (tid, metric), due in running.items():
            first, resolution = self._dues.get(tid, (None, None))
            if metric == "reply_time":
                first = due
            elif metric in ("requester_wait_time", "resolution_time"):
                resolution = due
            self._dues[tid] = (first, resolution)

    def snapshot(self) -> m.Snapshot:
        """Queues, agents, and every unresolved ticket plus the last hour's (from the incremental export)."""
        queues = self.queues()
        _, resp = self._json("GET", "/users/me")
        now = server_time(resp)
        self._export_cursor = None
        with contextlib.suppress(Forbidden, NotFound):  # no SLAs on this plan: the console uses the policy
            self._sla_dues(now - timedelta(days=7))
        tickets: dict[int, m.Ticket] = {}
        for t in self._search("status<solved"):
            tickets[int(t["id"])] = self._ticket(t)
        items, _ = self._export(now - timedelta(hours=1))
        for t in items:
            tickets[int(t["id"])] = self._ticket(t)
        return m.Snapshot(cursor=self._seq, server_time=now, clock_rate=1.0, queues=queues,
                          agents=self.agents([q.skill for q in queues], now), tickets=list(tickets.values()))

    def _search(self, query: str) -> Iterator[dict[str, Any]]:
        """Tickets matching ``query``; the export takes the type in ``filter[type]`` only (Zendesk answers an
        error to a ``type:`` term in the query)."""
        return self._list("/search/export", "results", {"query": query, "filter[type]": "ticket"})

    def ticket(self, ticket_id: int) -> m.Ticket:
        return self._ticket(self._json("GET", f"/tickets/{int(ticket_id)}")[0].get("ticket") or {})

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        terms: list[str] = []
        if queue_id is not None:
            terms.append(f"group_id:{int(queue_id)}")
        if assignee_id is not None:
            terms.append(f"assignee_id:{int(assignee_id)}")
        if unresolved:
            terms.append("status<solved")
        for n, t in enumerate(self._search(" ".join(terms) or "status<=closed")):  # the query may not be empty
            if n >= limit:
                return
            yield self._ticket(t)

    def changes(self, cursor: int, wait: float = 0.0) -> m.ChangesPage:
        """The next page of the incremental export, no more often than every ``poll_s`` (10 requests/min)."""

        def export() -> tuple[list[dict[str, Any]], requests.Response | None]:
            return self._export(None if self._export_cursor else datetime.now(UTC) - timedelta(minutes=1))

        items, resp = poll(export, lambda a: bool(a[0]), wait=wait, every=self.poll_s, stop=self._closed,
                           not_before=self._last_poll + self.poll_s) or ([], None)
        changes: list[m.Change] = []
        for t in items:
            self._seq += 1
            ticket = self._ticket(t)
            changes.append(m.TicketChange(id=self._seq, at=ticket.updated_at, ticket=ticket))
        return m.ChangesPage(cursor=max(self._seq, cursor), server_time=server_time(resp), changes=changes)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """No push without webhooks: :func:`~api_client.vendors.common.heartbeat_stream` over :meth:`changes`."""
        return heartbeat_stream(self.changes, cursor)

    # ---------------------------------------------------------------- writes
    def _write(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """A PUT within the update budget: a 429 is waited out (its Retry-After) and the write sent again; a write
        that finds the budget spent blocks the next one until its reset."""
        refusals = 0
        while True:
            try:
                self.budget.take(self._closed)
            except InterruptedError:
                raise Unavailable("The connection to Zendesk was closed", code="closed") from None
            try:
                data, resp = self._json("PUT", path, body=body)
            except RateLimited as exc:
                wait = 60.0 if exc.retry_after is None else exc.retry_after
                refusals += 1
                if refusals > RETRIES or wait > MAX_WAIT_S:
                    raise
                log.info("Zendesk's update budget is spent: waiting %.0f s", wait)
                self.budget.refused(wait)
                continue
            spent = spent_for(resp.headers)
            if spent is not None:
                self.budget.refused(spent)
            return data

    def _update(self, ticket_id: int, version: int, fields: dict[str, Any], note: str = "") -> m.Ticket:
        body: dict[str, Any] = {**fields, "safe_update": True, "updated_stamp": _stamp(version)}
        if note:
            body["comment"] = {"body": note, "public": False}
        try:
            data = self._write(f"/tickets/{int(ticket_id)}", {"ticket": body})
        except Conflict:
            raise Conflict("The ticket changed in Zendesk since it was read", current=self.ticket(ticket_id),
                           status=409, code="stale") from None
        return self._ticket(data.get("ticket") or {})

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        after = self._update(ticket_id, version, {"assignee_id": int(assignee_id) if assignee_id else None},
                             with_override(reason, override_reason))
        if after.assignee_id != assignee_id:
            raise Rejected(f"Zendesk did not give ticket {ticket_id} to {assignee_id or 'nobody'}",
                           code="zendesk_rejected")
        return after

    def bulk_assign(self, items: list[m.BulkAssignItem], reason: str = "",
                    override_reason: str = "") -> m.BulkAssignResult:
        """update_many, 100 tickets a call, each with its own ``updated_stamp``; outcomes from the job status."""
        reason = with_override(reason, override_reason)
        results: list[m.BulkOutcome] = []
        for i in range(0, len(items), BULK):
            chunk = items[i:i + BULK]
            tickets = []
            for item in chunk:
                body: dict[str, Any] = {"id": item.ticket_id, "safe_update": True,
                                        "updated_stamp": _stamp(item.version),
                                        "assignee_id": int(item.assignee_id) if item.assignee_id else None}
                if reason:
                    body["comment"] = {"body": reason, "public": False}
                tickets.append(body)
            data = self._write("/tickets/update_many", {"tickets": tickets})
            outcome = {int(r["id"]): r for r in self._job(data.get("job_status") or {}) if "id" in r}
            for item in chunk:
                r = outcome.get(item.ticket_id)
                ok = r is not None and r.get("success", r.get("status") == "Updated") is True
                results.append(m.BulkOutcome(ticket_id=item.ticket_id, ok=ok, status=200 if ok else 409,
                                             error=None if ok else str((r or {}).get("error") or
                                                                       (r or {}).get("details") or "not updated")))
        return m.BulkAssignResult(results=results)

    def _job(self, job: dict[str, Any], timeout_s: float = 60.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout_s
        while job.get("status") not in ("completed", "failed", "killed"):
            if time.monotonic() > deadline or not job.get("id"):
                raise ApiError("Zendesk's bulk update did not finish in time", code="job_timeout")
            if self._closed.wait(1.0):
                raise ApiError("Zendesk's bulk update was abandoned: the backend was closed", code="closed")
            job = self._json("GET", f"/job_statuses/{job['id']}")[0].get("job_status") or {}
        return list(job.get("results") or [])

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        require_reason(reason)
        fields: dict[str, Any] = {}
        if priority is not None:
            fields["priority"] = priority
        if queue_id is not None:
            fields["group_id"] = int(queue_id)
        after = self._update(ticket_id, version, fields, f"Escalated: {reason}")
        if (priority is not None and after.priority != priority) or (
                queue_id is not None and after.queue_id != queue_id):
            raise Rejected(f"Zendesk did not escalate ticket {ticket_id} as asked", code="zendesk_rejected")
        return after

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        raise NotAvailable("Zendesk lets only agents themselves change their status",
                           capability=Capability.SET_AGENT_STATE)

    # ---------------------------------------------------------------- transcripts and reviews
    def _comments(self, ticket_id: int) -> list[dict[str, Any]]:
        return list(self._list(f"/tickets/{int(ticket_id)}/comments", "comments"))

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """One interaction per ticket (its id is the ticket id); ``before_id`` pages only within the ``limit``
        tickets the search export returned first."""
        flt = flt or m.InteractionFilter()
        tickets = [self.ticket(flt.ticket_id)] if flt.ticket_id is not None else self._tickets_of(ids) \
            if ids is not None else list(self.tickets(assignee_id=flt.agent_id, limit=limit))
        found = []
        for t in tickets:
            turns = [m.Turn(speaker="customer" if str(c.get("author_id")) == t.requester.id else "agent",
                            at=_at(c.get("created_at")) or t.created_at, text=str(c.get("body") or ""),
                            internal=not c.get("public", True))
                     for c in self._comments(t.id) if MARKER not in str(c.get("body") or "")]
            found.append(m.Interaction(id=t.id, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id,
                                       started_at=t.created_at, ended_at=turns[-1].at if turns else t.updated_at,
                                       language="en", turns=turns, csat=t.csat, queue_id=t.queue_id))
        return keyset_page((i for i in found if flt.matches(i)), before_id, limit)

    def recording(self, interaction_id: int) -> bytes:
        raise NotAvailable("Call recordings are not read from Zendesk Talk", capability=Capability.RECORDINGS)

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        """Reviews from one ticket's internal notes, newest first by id (none without ``interaction_id``)."""
        if interaction_id is None or calibration_id is not None:
            return []  # reviews are read per ticket (Zendesk cannot search comment bodies); no calibrations
        notes = []
        for c in self._comments(interaction_id):
            body = parse_note(str(c.get("body") or "")) if not c.get("public", True) else None
            if body is not None:
                notes.append((int(c["id"]), interaction_id, str(c.get("author_id") or ""),
                              _at(c.get("created_at")) or datetime.now(UTC), body))
        found = fold_notes(notes)
        return keyset_page((r for r in found if reviewer_id is None or r.reviewer_id == reviewer_id), before_id, limit)

    def _post_review_note(self, ticket: m.Ticket, text: str) -> None:
        self._update(ticket.id, ticket.version, {}, text)

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        """Assignee, group and priority changes from one ticket's audits, newest first by id (``before_id``
        pages within that ticket's audits, all of which are read every time)."""
        if ticket_id is None:
            raise NotAvailable("Zendesk's audit log is read one ticket at a time: give a ticket number",
                               capability=Capability.AUDIT_ACROSS_TICKETS)
        entries = []
        for audit in self._list(f"/tickets/{int(ticket_id)}/audits", "audits"):
            for ev in audit.get("events") or []:
                field = ev.get("field_name")
                if ev.get("type") != "Change" or field not in ("assignee_id", "group_id", "priority"):
                    continue
                old, new = ev.get("previous_value"), ev.get("value")
                base = m.AuditEntry(id=int(ev.get("id") or audit.get("id") or 0), ticket_id=int(ticket_id),
                                    at=_at(audit.get("created_at")) or datetime.now(UTC),
                                    actor_id=str(audit.get("author_id") or ""), action="escalate")
                if field == "assignee_id":
                    entries.append(msgspec.structs.replace(base, action="assign",
                                                           from_assignee=str(old) if old else None,
                                                           to_assignee=str(new) if new else None))
                elif field == "group_id":
                    entries.append(msgspec.structs.replace(base, from_queue=str(old), to_queue=str(new)))
                elif _priority(old) and _priority(new):
                    entries.append(msgspec.structs.replace(base, from_priority=_priority(old),
                                                           to_priority=_priority(new)))
        found = [e for e in entries if audit_matches(e, actor_id=actor_id, agent_id=agent_id, action=action,
                                                     since=since, until=until)]
        return keyset_page(found, before_id, limit)
