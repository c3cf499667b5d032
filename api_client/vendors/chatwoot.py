"""Chatwoot (application API v1) as a backend.

Mapping: inboxes are queues (the inbox's channel type gives the channel), agents come with their
``availability_status`` and their first team, conversations are tickets (``snoozed`` and ``pending``
are pending, ``resolved`` is solved; the contact is the requester), messages are the transcript
(an answered CSAT survey message gives the interaction's rating),
private notes carry escalation reasons and QA reviews (:mod:`api_client.vendors.common`).

The URL names the account: ``https://chatwoot.example.com/app/accounts/3`` (the address of the
account in a browser) or ``.../api/v1/accounts/3``; the token is a user's access token (sent in
the ``api_access_token`` header). Chatwoot sends no SLA due times in the community edition, has no
change feed over REST and no ETags: the feed polls the active conversations and reports those whose
``updated_at`` moved, a conversation's version is its ``updated_at`` in milliseconds, and writes
compare it with the server's before writing (a narrow race remains, which Chatwoot's API cannot close).

Agent capacity comes from Chatwoot's agent capacity policies (Enterprise; not in its published API document, read
from its source: ``enterprise/app/controllers/api/v1/accounts/agent_capacity_policies_controller.rb`` and the
``agent_capacity_policy`` view): ``GET .../agent_capacity_policies`` (each with ``inbox_capacity_limits``:
``inbox_id``, ``conversation_limit``) and ``GET .../agent_capacity_policies/{id}/users``. An agent's capacity is the
sum of their policy's inbox limits. An agent without a policy (or any agent on the community edition) has no limit in
Chatwoot: their capacity is nominal (``capacity_source="nominal"``), for a supervisor to set in the console.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Generator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from api_client import models as m
from api_client.backend import Capability
from api_client.errors import ApiError, Conflict, InvalidRequest, NotAvailable, NotFound, Unauthorized
from api_client.vendors.common import (
    AT_RISK_S,
    DEFAULT_CAPACITY,
    MARKER,
    Note,
    Rejected,
    VendorBackend,
    fold_notes,
    heartbeat_stream,
    keyset_page,
    parse_note,
    poll,
    require_reason,
    server_time,
    with_override,
)

_ACCOUNT_URL = re.compile(r"^(?P<root>https?://[^/]+(?:/.*?)?)/(?:app|api/v1)/accounts/(?P<account>\d+)(?:/.*)?$")
ACTIVE_STATUSES = ("open", "pending", "snoozed")
MAX_PAGES = 200  # 25 conversations a page: 5,000 active conversations at most
STATUS: dict[str, m.Status] = {"open": "open", "pending": "pending", "snoozed": "pending", "resolved": "solved"}
PRIORITY: dict[str | None, m.Priority] = {"urgent": "urgent", "high": "high", "medium": "normal", "low": "low",
                                          None: "normal"}
CHATWOOT_PRIORITY: dict[m.Priority, str] = {"urgent": "urgent", "high": "high", "normal": "medium", "low": "low"}
AGENT_STATE: dict[str, m.AgentState] = {"available": "available", "busy": "busy", "offline": "offline"}


def split_account_url(url: str) -> tuple[str, int]:
    """(server root, account id) from a Chatwoot account URL; ValueError when it names no account."""
    match = _ACCOUNT_URL.match(url.rstrip("/"))
    if match is None:
        raise ValueError(f"a Chatwoot URL names the account, e.g. https://chat.example.com/app/accounts/1: {url!r}")
    return match["root"], int(match["account"])


def channel_of(channel_type: str) -> m.Channel:
    """Our channel for a Chatwoot inbox's ``channel_type`` (``Channel::WebWidget`` ...)."""
    kind = channel_type.removeprefix("Channel::").lower()
    if kind in ("webwidget", "web_widget"):
        return "chat"
    if kind == "email":
        return "email"
    if kind in ("api",):
        return "app"
    if kind in ("voice", "twilio_voice"):
        return "phone"
    return "social"  # WhatsApp, Facebook, Instagram, Telegram, Line, SMS, Twitter...


def _at(value: Any) -> datetime | None:
    if value in (None, "", 0):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), UTC)
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def survey_rating(msg: dict[str, Any]) -> int | None:
    """The 1-5 rating of an answered CSAT survey message (``content_type`` ``input_csat``), else None."""
    if msg.get("content_type") != "input_csat":
        return None
    attrs = msg.get("content_attributes") or {}
    rating = ((attrs.get("submitted_values") or {}).get("csat_survey_response") or {}).get("rating")
    return int(rating) if isinstance(rating, int | float) and 1 <= rating <= 5 else None


def sla_dues(conv: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    """(first response due, resolution due) from the conversation's ``applied_sla`` (Chatwoot 3.x and later, where
    an SLA policy applies): when it was applied plus the policy's thresholds in seconds. A policy that counts only
    business hours gives none (Chatwoot's API does not say the inbox's hours), nor does a conversation without one."""
    sla = conv.get("applied_sla") or {}
    start = _at(sla.get("created_at")) if isinstance(sla, dict) else None
    if start is None or sla.get("sla_only_during_business_hours"):
        return None, None

    def due(key: str) -> datetime | None:
        seconds = sla.get(key)
        return start + timedelta(seconds=float(seconds)) if isinstance(seconds, int | float) and seconds > 0 else None

    return due("sla_first_response_time_threshold"), due("sla_resolution_time_threshold")


class ChatwootBackend(VendorBackend):
    """Backend for Chatwoot; ``base_url`` names the account (see the module notes)."""

    VENDOR = "Chatwoot"
    NAME = "Chatwoot"
    capabilities = frozenset({Capability.SLA, Capability.SERVICE_LEVEL, Capability.AGENT_STATES,
                              Capability.TRANSCRIPTS, Capability.REVIEWS})

    def __init__(self, base_url: str, token: str | None, *, poll_s: float = 3.0, verify: bool | str = True,
                 **kw: Any) -> None:
        super().__init__()
        root, self.account_id = split_account_url(base_url)
        self.poll_s = poll_s
        self.http = self._session(root, token, verify=verify, auth_header=("api_access_token", ""), **kw)
        self._inboxes: dict[int, dict[str, Any]] = {}
        self._seen: dict[int, int] = {}  # conversation id -> version last reported
        self._seq = 0

    def __repr__(self) -> str:
        return f"ChatwootBackend({self.http.base_url!r}, account {self.account_id})"

    @property
    def _account(self) -> str:
        return f"/api/v1/accounts/{self.account_id}"

    # ---------------------------------------------------------------- reads
    def whoami(self) -> m.User:
        me, _ = self._json("GET", "/api/v1/profile")
        role: m.Role = "supervisor" if me.get("role") == "administrator" else "team_lead"
        return m.User(id=str(me.get("id")), name=str(me.get("name") or me.get("email") or me.get("id")), role=role)

    def queues(self) -> list[m.Queue]:
        data, _ = self._json("GET", f"{self._account}/inboxes")
        self._inboxes = {int(i["id"]): i for i in (data or {}).get("payload") or [] if "id" in i}
        return [m.Queue(id=str(i), name=str(box.get("name") or f"Inbox {i}"), skill=str(i), sla=[],
                        service_level=m.ServiceLevelTarget(percent=0, threshold_s=0), at_risk_s=AT_RISK_S)
                for i, box in self._inboxes.items()]

    def agents(self, skills: list[str], now: datetime) -> list[m.Agent]:
        teams: dict[int, str] = {}
        data, _ = self._json("GET", f"{self._account}/teams")
        for team in sorted(data or [], key=lambda t: str(t.get("name"))):
            members, _ = self._json("GET", f"{self._account}/teams/{int(team['id'])}/team_members")
            for member in members or []:
                teams.setdefault(int(member.get("id", 0)), str(team.get("name") or ""))
        data, _ = self._json("GET", f"{self._account}/agents")
        capacity = self._capacity_policies()
        return [m.Agent(id=str(a["id"]), name=str(a.get("available_name") or a.get("name") or a["id"]),
                        team=teams.get(int(a["id"]), ""), state=AGENT_STATE.get(str(a.get("availability_status")),
                                                                                 "offline"),
                        state_since=now, skills=skills, capacity=capacity.get(str(a["id"]), DEFAULT_CAPACITY),
                        capacity_source="system" if str(a["id"]) in capacity else "nominal", version=0)
                for a in data or [] if "id" in a]

    def _capacity_policies(self) -> dict[str, int]:
        """Agent id -> the sum of their capacity policy's inbox limits (empty on the community edition, where the
        route answers 404, or for a user who may not read the policies)."""
        try:
            data, _ = self._json("GET", f"{self._account}/agent_capacity_policies")
        except Unauthorized:
            raise
        except ApiError as exc:
            if exc.status is None or exc.status >= 500 or exc.status == 429:
                raise
            return {}  # 402/403/404: no Enterprise, or not an administrator
        policies = data.get("agent_capacity_policies") if isinstance(data, dict) else data
        capacity: dict[str, int] = {}
        for policy in policies or []:
            limits = [int(lim["conversation_limit"]) for lim in policy.get("inbox_capacity_limits") or []
                      if isinstance(lim.get("conversation_limit"), int) and lim["conversation_limit"] >= 0]
            if not limits or "id" not in policy:
                continue  # no inbox limit: the policy's agents are unlimited
            users, _ = self._json("GET", f"{self._account}/agent_capacity_policies/{int(policy['id'])}/users")
            for user in users or []:
                if isinstance(user, dict) and "id" in user:
                    capacity[str(user["id"])] = sum(limits)
        return capacity

    def _ticket(self, conv: dict[str, Any]) -> m.Ticket:
        meta = conv.get("meta") or {}
        sender = meta.get("sender") or {}
        assignee = meta.get("assignee") or {}
        inbox = self._inboxes.get(int(conv.get("inbox_id") or 0), {})
        created = _at(conv.get("created_at")) or datetime.now(UTC)
        updated = _at(conv.get("updated_at")) or _at(conv.get("last_activity_at")) or created
        status = STATUS.get(str(conv.get("status")), "open")
        requester = str(sender.get("id") or "unknown")
        last = (conv.get("messages") or [{}])[-1]
        first_due, resolution_due = sla_dues(conv)
        return m.Ticket(
            id=int(conv["id"]), subject=str(last.get("content") or "")[:200] if isinstance(last, dict) else "",
            channel=channel_of(str(inbox.get("channel_type") or "")), queue_id=str(int(conv.get("inbox_id") or 0)),
            priority=PRIORITY.get(conv.get("priority"), "normal"), status=status,
            assignee_id=str(assignee["id"]) if assignee.get("id") else None,
            requester=m.Requester(id=requester, name=str(sender.get("name") or requester), tier="standard",
                                  language="en"),
            created_at=created, updated_at=updated, first_response_at=_at(conv.get("first_reply_created_at")),
            solved_at=updated if status == "solved" else None, sla_paused=status == "pending",
            web_url=f"{self.http.base_url.rstrip('/')}/app/accounts/{self.account_id}/conversations/{int(conv['id'])}",
            first_response_due=first_due, resolution_due=resolution_due,
            version=int(float(conv.get("updated_at") or 0) * 1000))

    def _active(self) -> tuple[list[dict[str, Any]], requests.Response | None]:
        """Every active conversation (open, pending, snoozed), page by page."""
        found: dict[int, dict[str, Any]] = {}
        resp = None
        for status in ACTIVE_STATUSES:
            for page in range(1, MAX_PAGES + 1):
                data, resp = self._json("GET", f"{self._account}/conversations",
                                        params={"status": status, "assignee_type": "all", "page": page})
                items = ((data or {}).get("data") or {}).get("payload") or []
                new = [c for c in items if "id" in c and int(c["id"]) not in found]
                found.update((int(c["id"]), c) for c in new)
                if not new or len(items) < 25:
                    break
        return list(found.values()), resp

    def snapshot(self) -> m.Snapshot:
        queues = self.queues()
        convs, resp = self._active()
        now = server_time(resp)
        tickets = [self._ticket(c) for c in convs]
        self._seen = {t.id: t.version for t in tickets}
        return m.Snapshot(cursor=self._seq, server_time=now, clock_rate=1.0, queues=queues,
                          agents=self.agents([q.skill for q in queues], now), tickets=tickets)

    def ticket(self, ticket_id: int) -> m.Ticket:
        conv, _ = self._json("GET", f"{self._account}/conversations/{int(ticket_id)}")
        if not isinstance(conv, dict) or "id" not in conv:
            raise NotFound(f"Chatwoot has no conversation {ticket_id}", code="conversation")
        return self._ticket(conv)

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        convs, _ = self._active()
        for t in (self._ticket(c) for c in convs[:limit]):
            if (queue_id is None or t.queue_id == queue_id) and (assignee_id is None or t.assignee_id == assignee_id):
                yield t

    def changes(self, cursor: int, wait: float = 0.0) -> m.ChangesPage:
        """Conversations whose ``updated_at`` moved since they were last reported, polling for up to ``wait`` s."""

        def changed() -> tuple[list[m.Ticket], requests.Response | None]:
            convs, resp = self._active()
            found = [t for t in (self._ticket(c) for c in convs) if self._seen.get(t.id) != t.version]
            gone = set(self._seen) - {int(c["id"]) for c in convs}
            for tid in sorted(gone):  # left the active lists: resolved (or deleted)
                with contextlib.suppress(NotFound):
                    found.append(self.ticket(tid))
                self._seen.pop(tid, None)
            return found, resp

        tickets, resp = poll(changed, lambda a: bool(a[0]), wait=wait, every=self.poll_s,
                             stop=self._closed) or ([], None)
        now = server_time(resp)
        changes: list[m.Change] = []
        for t in sorted(tickets, key=lambda t: t.updated_at):
            self._seq += 1
            if t.status in ("new", "open", "pending"):
                self._seen[t.id] = t.version
            changes.append(m.TicketChange(id=self._seq, at=t.updated_at, ticket=t))
        return m.ChangesPage(cursor=max(self._seq, cursor), server_time=now, changes=changes)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """No push over REST: :func:`~api_client.vendors.common.heartbeat_stream` over :meth:`changes`."""
        return heartbeat_stream(self.changes, cursor)

    # ---------------------------------------------------------------- writes
    def _check_version(self, ticket_id: int, version: int) -> m.Ticket:
        current = self.ticket(ticket_id)
        if current.version != version:
            raise Conflict("The conversation changed in Chatwoot since it was read", current=current,
                           status=412, code="stale")
        return current

    def _note(self, ticket_id: int, text: str) -> dict[str, Any]:
        message, _ = self._json("POST", f"{self._account}/conversations/{int(ticket_id)}/messages",
                                body={"content": text, "message_type": "outgoing", "private": True})
        return message or {}

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        reason = with_override(reason, override_reason)
        self._check_version(ticket_id, version)
        if assignee_id is not None and not assignee_id.isdigit():
            raise InvalidRequest(f"Chatwoot agent ids are numbers, not {assignee_id!r}", field="assignee_id")
        # assignee_id 0 names nobody: Chatwoot then unassigns the conversation
        self._json("POST", f"{self._account}/conversations/{int(ticket_id)}/assignments",
                   body={"assignee_id": int(assignee_id or 0)})
        if reason:
            self._note(ticket_id, reason)
        after = self.ticket(ticket_id)
        if after.assignee_id != assignee_id:
            raise Rejected(f"Chatwoot did not give conversation {ticket_id} to {assignee_id or 'nobody'}",
                           code="chatwoot_rejected")
        return after

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        require_reason(reason)
        if queue_id is not None:
            raise NotAvailable("Chatwoot cannot move a conversation to another inbox", capability=Capability.MOVE_QUEUE)
        self._check_version(ticket_id, version)
        if priority is not None:
            self._json("POST", f"{self._account}/conversations/{int(ticket_id)}/toggle_priority",
                       body={"priority": CHATWOOT_PRIORITY[priority]})
        self._note(ticket_id, f"Escalated: {reason}")
        after = self.ticket(ticket_id)
        if priority is not None and after.priority != priority:
            raise Rejected(f"Chatwoot kept conversation {ticket_id} at priority {after.priority}",
                           code="chatwoot_rejected")
        return after

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        raise NotAvailable("Chatwoot lets only agents themselves change their availability",
                           capability=Capability.SET_AGENT_STATE)

    # ---------------------------------------------------------------- transcripts and reviews
    def _messages(self, ticket_id: int) -> list[dict[str, Any]]:
        data, _ = self._json("GET", f"{self._account}/conversations/{int(ticket_id)}/messages")
        return [x for x in (data or {}).get("payload") or [] if isinstance(x, dict)]

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """One interaction per conversation (its id is the conversation id). Pages (``before_id``) only within the
        active conversations, the ``limit`` first of them."""
        flt = flt or m.InteractionFilter()
        tickets = [self.ticket(flt.ticket_id)] if flt.ticket_id is not None else self._tickets_of(ids) \
            if ids is not None else list(self.tickets(assignee_id=flt.agent_id, limit=limit))
        found = []
        for t in tickets:
            turns = []
            csat = None
            for msg in self._messages(t.id):
                csat = survey_rating(msg) or csat
                text = str(msg.get("content") or "")
                if not text or MARKER in text:
                    continue
                kind = msg.get("message_type")
                speaker: m.Speaker = "customer" if kind == 0 else "system" if kind == 2 else "agent"
                turns.append(m.Turn(speaker=speaker, at=_at(msg.get("created_at")) or t.created_at, text=text,
                                    internal=bool(msg.get("private"))))
            found.append(m.Interaction(id=t.id, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id,
                                       started_at=t.created_at, ended_at=turns[-1].at if turns else t.updated_at,
                                       language="en", turns=turns, queue_id=t.queue_id, csat=csat))
        return keyset_page((i for i in found if flt.matches(i)), before_id, limit)

    def recording(self, interaction_id: int) -> bytes:
        raise NotAvailable("Chatwoot keeps no call recordings here", capability=Capability.RECORDINGS)

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        """Reviews from the private notes of one conversation (or of the active ones), newest first by id; pages
        (``before_id``) only within those."""
        if calibration_id is not None:
            return []  # no calibration sessions in Chatwoot
        ids = [interaction_id] if interaction_id is not None else [t.id for t in self.tickets()]
        found = []
        for cid in ids:
            notes: list[Note] = []
            for msg in self._messages(cid):
                body = parse_note(str(msg.get("content") or "")) if msg.get("private") else None
                if body is not None and "id" in msg:
                    sender = msg.get("sender") or {}
                    notes.append((int(msg["id"]), cid, str(sender.get("id") or ""),
                                  _at(msg.get("created_at")) or datetime.now(UTC), body))
            found += fold_notes(notes)
        if reviewer_id is not None:
            found = [r for r in found if r.reviewer_id == reviewer_id]
        return keyset_page(found, before_id, limit)

    def _post_review_note(self, ticket: m.Ticket, text: str) -> None:
        self._note(ticket.id, text)

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        """Chatwoot's REST API has no audit trail of assignments."""
        raise NotAvailable("Chatwoot keeps no audit trail of assignments", capability=Capability.AUDIT)
