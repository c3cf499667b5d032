"""Udesk (Open API v2, ``/open_api_v1/...``) as a backend.

Signing (https://www.udesk.cn/doc/apiv2/intro/ and https://www.udeskglobal.com/doc/apiv2/intro, "鉴权方法" /
"Authentication Method"): every request carries ``email`` (the super administrator's), ``timestamp`` (Unix
seconds), ``nonce`` (any string, usable once in 15 minutes), ``sign_version=v2`` and
``sign = SHA256("email&open_api_token&timestamp&nonce&sign_version")`` as hex. The API token itself never
travels: a signature is good for one request only, so this adapter never lets the HTTP layer repeat a request
(a repeat would reuse its nonce) and signs every attempt afresh.

Budget: Udesk allows 60 calls a minute per account for any API (same page). Every call of the backend takes a
turn from one :class:`~api_client.budget.Budget` (``backend.budget``), waiting instead of running into 429; a
429 that comes anyway (other programs on the account) empties the budget for its ``Retry-After`` (a minute
without one) and the call is signed and sent again, up to ``RETRIES`` times. ``backend.budget.state()`` says
when calls are waiting. One console per account at most: a centre with several consoles runs the hub.

Mapping: agent groups (``/user_groups``, https://www.udesk.cn/doc/apiv2/user_groups/) are queues; agents
(``/agents``, https://www.udesk.cn/doc/apiv2/agents/) are agents, their first group their team, their groups their
skills, ``im_ability_value`` (how many conversations at once) their capacity where set; Udesk's Open API has no
agent presence here, so agent states are not offered. Tickets (https://www.udesk.cn/doc/apiv2/tickets/):
``status_id`` 1 open, 4 solving -> open, 2 resolved -> solved, 3 closed; ``priority_id`` 1 urgent, 2 high,
3 standard -> normal, 4 low; ``platform`` (the channel): ``wechat``/``weibo`` -> social, ``im`` -> chat,
``call`` -> phone, ``email`` -> email, ``feedback``/``hc``/``api`` -> app, ``manual_input`` (an agent typed it)
-> email. Replies (``GET /tickets/:id/replies``) are the transcript, ``author.user_type`` the speaker; internal
replies carry reasons and QA reviews (:mod:`api_client.vendors.common`).

Not in the documentation reachable here, taken from public client code and never seen against a live Udesk:
``GET /tickets/detail?id=``, ``PUT /tickets/:id`` answering ``{"code", "ticket"}``, the replies list, posting an
internal reply, and the fields read from a ticket (``user_group_id``, ``assignee_id``, ``updated_at``). Udesk has
no ETag and no change feed: a ticket's version is its ``updated_at`` (seconds, in ms), writes read the ticket
first and refuse with :class:`Conflict` when it moved (a race remains, and two changes in one second look the
same); the feed reads the ticket list (100 a page) and reports tickets whose ``updated_at`` moved, no more often
than half the budget allows.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Generator, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import requests
from urllib3.util.retry import Retry

from api_client import models as m
from api_client.backend import Capability
from api_client.budget import Budget
from api_client.errors import (
    ApiError,
    Conflict,
    InvalidRequest,
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

API = "/open_api_v1"
PAGE = 100  # per_page's maximum on every list (user_groups, agents, tickets)
MAX_PAGES = 1000
CALLS, PER_S = 60, 60.0  # Udesk's default limit: 60 calls a minute for any API
FEED_SHARE = 0.5  # the change feed spends at most this share of the budget
RETRIES = 3  # a 429 is waited out and the call signed and sent again this often
CHINA = timezone(timedelta(hours=8))
OK = 1000  # "code": 1000 is success
RECENT_S = 3600  # the snapshot also keeps tickets resolved in the last hour (the rolling window)
STATUSES: dict[int, m.Status] = {1: "open", 2: "solved", 3: "closed", 4: "open"}
PRIORITIES: dict[int, m.Priority] = {1: "urgent", 2: "high", 3: "normal", 4: "low"}
PRIORITY_IDS: dict[m.Priority, int] = {p: i for i, p in PRIORITIES.items()}
PRIORITY_NAMES: dict[m.Priority, str] = {"urgent": "紧急", "high": "高", "normal": "标准", "low": "低"}
CHANNELS: dict[str, m.Channel] = {"wechat": "social", "weixin": "social", "weibo": "social", "im": "chat",
                                  "call": "phone", "email": "email", "eamil": "email", "feedback": "app",
                                  "hc": "app", "api": "app", "manual_input": "email",
                                  # v1 and the web pages name platforms in Chinese
                                  "微信": "social", "微博": "social", "即时聊天": "chat", "电话": "phone",
                                  "邮件": "email", "反馈": "app", "帮助中心": "app", "手工录入": "email"}
SPEAKERS: dict[str, m.Speaker] = {"agent": "agent", "customer": "customer", "user": "customer", "system": "system"}


def sign(email: str, token: str, timestamp: int, nonce: str) -> str:
    """Udesk's v2 signature: SHA-256 hex of ``email&token&timestamp&nonce&v2``."""
    return hashlib.sha256(f"{email}&{token}&{timestamp}&{nonce}&v2".encode()).hexdigest()


def _at(value: Any) -> datetime | None:
    """Udesk's times: ``2016-07-28 20:44:08 +0800`` (its documented form) or ISO 8601."""
    if not value:
        return None
    text = str(value).strip()
    for form in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S%z"):
        try:
            return datetime.strptime(text, form).astimezone(UTC)
        except ValueError:
            continue
    try:
        at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=CHINA)).astimezone(UTC)  # no zone: China Standard Time


def version_of(updated_at: datetime) -> int:
    """A ticket's version: its ``updated_at`` in milliseconds (Udesk gives seconds)."""
    return int(updated_at.timestamp() * 1000)


class UdeskBackend(VendorBackend):
    """Backend for Udesk; ``base_url`` is ``https://SUBDOMAIN.udesk.cn``, ``email`` the super administrator's
    and ``token`` the Open API token (or ``token`` alone as ``EMAIL:TOKEN`` when ``email`` is not given)."""

    VENDOR = "Udesk"
    NAME = "Udesk"
    capabilities = frozenset({Capability.TRANSCRIPTS, Capability.REVIEWS, Capability.MOVE_QUEUE})

    def __init__(self, base_url: str, token: str | None, *, email: str | None = None, poll_s: float = 5.0,
                 calls: int = CALLS, per_s: float = PER_S, verify: bool | str = True, **kw: Any) -> None:
        super().__init__()
        if email is None and token and ":" in token:
            email, token = token.split(":", 1)
        self._email = (email or "").strip()
        self._token = token or ""
        self.poll_s = poll_s
        self.budget = Budget(calls, per_s)
        kw.pop("retry", None)  # the HTTP layer never repeats a request: a repeat would reuse its nonce
        self.http = self._session(base_url.rstrip("/"), None, verify=verify,
                                  retry=Retry(total=0, raise_on_status=False), **kw)
        self._groups: dict[str, str] = {}  # group id -> name
        self._emails: dict[str, str] = {}  # agent id -> email (writes name the assignee by email)
        self._seen: dict[int, int] = {}  # ticket id -> version last reported
        self._last_feed = 0.0  # time.monotonic() of the feed's last walk
        self._seq = 0

    def __repr__(self) -> str:
        return f"UdeskBackend({self.http.base_url!r})"

    # ---------------------------------------------------------------- plumbing
    def _signed(self) -> dict[str, Any]:
        if not self._email or not self._token:
            raise Unauthorized("Udesk needs the administrator's email and the Open API token", code="credentials")
        now, nonce = int(time.time()), uuid.uuid4().hex
        return {"email": self._email, "timestamp": now, "nonce": nonce, "sign_version": "v2",
                "sign": sign(self._email, self._token, now, nonce)}

    def _json(self, method: str, path: str, **kw: Any) -> tuple[Any, requests.Response]:
        """``path`` under ``/open_api_v1``, signed, within the budget; a 429 is waited out and sent again. An
        answer whose ``code`` is not 1000 is an error in Udesk's words."""
        params = dict(kw.pop("params", None) or {})
        refusals = 0
        while True:
            try:
                self.budget.take(self._closed)
            except InterruptedError:
                raise Unavailable("The connection to Udesk was closed", code="closed") from None
            try:
                data, resp = super()._json(method, API + path, params={**params, **self._signed()}, **kw)
            except RateLimited as exc:
                self.budget.refused(exc.retry_after)
                refusals += 1
                if refusals > RETRIES:
                    raise
                continue
            code = data.get("code") if isinstance(data, dict) else None
            if code is not None and int(code) != OK:
                raise _refusal(int(code), str(data.get("message") or data.get("msg") or "no details"))
            return data, resp

    def _pages(self, path: str, key: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a list, 100 a page, by ``meta.total_pages``."""
        for page in range(1, MAX_PAGES + 1):
            data, _ = self._json("GET", path, params={**(params or {}), "page": page, "per_page": PAGE})
            yield from (x for x in data.get(key) or [] if isinstance(x, dict) and "id" in x)
            meta = data.get("meta") or {}
            if page >= int(meta.get("total_pages") or 1):
                return

    def _ticket(self, t: dict[str, Any]) -> m.Ticket:
        created = _at(t.get("created_at")) or datetime.now(UTC)
        updated = _at(t.get("updated_at")) or created
        status = STATUSES.get(int(t.get("status_id") or 1), "open")
        group = str(t.get("user_group_id") or "")
        if group and t.get("user_group_name"):
            self._groups.setdefault(group, str(t["user_group_name"]))
        assignee = t.get("assignee_id")
        customer = str(t.get("user_id") or "unknown")
        solved = _at(t.get("resolved_at")) or _at(t.get("closed_at")) or updated
        return m.Ticket(
            id=int(t["id"]), subject=str(t.get("subject") or ""),
            channel=CHANNELS.get(str(t.get("platform") or t.get("platform_name") or ""), "email"), queue_id=group,
            priority=PRIORITIES.get(int(t.get("priority_id") or 3), "normal"), status=status,
            assignee_id=str(assignee) if assignee else None,
            requester=m.Requester(id=customer, name=str(t.get("user_name") or customer), tier="standard",
                                  language="zh-CN"),
            created_at=created, updated_at=updated,
            solved_at=solved if status in ("solved", "closed") else None, version=version_of(updated))

    # ---------------------------------------------------------------- reads
    def _agents(self) -> list[dict[str, Any]]:
        agents = list(self._pages("/agents", "agents"))
        self._emails = {str(a["id"]): str(a.get("email") or "") for a in agents}
        return agents

    def whoami(self) -> m.User:
        """The administrator whose email signs the calls (Udesk's Open API is for the super administrator)."""
        me = next((a for a in self._agents() if str(a.get("email") or "").lower() == self._email.lower()), None)
        if me is None:
            return m.User(id=self._email, name=self._email, role="supervisor")
        return m.User(id=str(me["id"]), name=str(me.get("nick_name") or self._email), role="supervisor")

    def queues(self) -> list[m.Queue]:
        self._groups = {str(g["id"]): str(g.get("name") or g["id"]) for g in self._pages("/user_groups", "user_groups")}
        return [m.Queue(id=gid, name=name, skill=gid, sla=[],
                        service_level=m.ServiceLevelTarget(percent=0, threshold_s=0), at_risk_s=AT_RISK_S)
                for gid, name in sorted(self._groups.items(), key=lambda g: g[1])]

    def agents(self, now: datetime) -> list[m.Agent]:
        """Enabled agents; a team is a group's name, capacity their ``im_ability_value`` where it is set."""
        found = []
        for a in self._agents():
            groups = [str(g) for g in a.get("user_group_ids") or []]
            team = min((self._groups.get(g, g) for g in groups), default="")
            own = int(a.get("im_ability_value") or 0)
            found.append(m.Agent(id=str(a["id"]), name=str(a.get("nick_name") or a.get("email") or a["id"]),
                                 team=team, state="available", state_since=now, skills=sorted(groups),
                                 capacity=own or DEFAULT_CAPACITY, capacity_source="system" if own else "nominal",
                                 version=0))
        return found

    def _all(self) -> tuple[list[m.Ticket], requests.Response | None]:
        tickets, resp = [], None
        for page in range(1, MAX_PAGES + 1):
            data, resp = self._json("GET", "/tickets", params={"page": page, "per_page": PAGE})
            tickets += [self._ticket(t) for t in data.get("tickets") or [] if isinstance(t, dict) and "id" in t]
            if page >= int((data.get("meta") or {}).get("total_pages") or 1):
                break
        return tickets, resp

    def snapshot(self) -> m.Snapshot:
        """Queues, agents, and every unresolved ticket plus those resolved in the last hour."""
        queues = self.queues()
        tickets, resp = self._all()
        now = server_time(resp)
        recent = now - timedelta(seconds=RECENT_S)
        kept = [t for t in tickets if t.status in m.UNRESOLVED or t.updated_at >= recent]
        self._seen = {t.id: t.version for t in tickets}
        self._last_feed = time.monotonic()
        return m.Snapshot(cursor=self._seq, server_time=now, clock_rate=1.0, queues=queues,
                          agents=self.agents(now), tickets=kept)

    def ticket(self, ticket_id: int) -> m.Ticket:
        data, _ = self._json("GET", "/tickets/detail", params={"id": int(ticket_id)})
        t = data.get("ticket") if isinstance(data, dict) else None
        if not isinstance(t, dict) or "id" not in t:
            raise NotFound(f"Udesk has no ticket {ticket_id}", code="ticket")
        return self._ticket(t)

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        """Matching tickets, newest first (Udesk's list is filtered here: one walk of the list)."""
        found = [t for t in self._all()[0] if (queue_id is None or t.queue_id == queue_id)
                 and (assignee_id is None or t.assignee_id == assignee_id)
                 and (not unresolved or t.status in m.UNRESOLVED)]
        yield from sorted(found, key=lambda t: t.id, reverse=True)[:limit]

    def _feed_every(self) -> float:
        """Seconds between walks of the list: ``poll_s``, or longer when a walk's pages would take more than
        ``FEED_SHARE`` of the budget."""
        pages = max(1, -(-len(self._seen) // PAGE))
        return max(self.poll_s, pages * self.budget.per_s / (self.budget.calls * FEED_SHARE))

    def changes(self, cursor: int, wait: float = 0.0) -> m.ChangesPage:
        """Tickets whose ``updated_at`` moved since they were last reported, from walks of the ticket list."""

        def changed() -> tuple[list[m.Ticket], requests.Response | None]:
            self._last_feed = time.monotonic()
            tickets, resp = self._all()
            return [t for t in tickets if self._seen.get(t.id) != t.version], resp

        tickets, resp = poll(changed, lambda a: bool(a[0]), wait=wait, every=self._feed_every(), stop=self._closed,
                             not_before=self._last_feed + self._feed_every()) or ([], None)
        changes: list[m.Change] = []
        for t in sorted(tickets, key=lambda t: t.updated_at):
            self._seq += 1
            self._seen[t.id] = t.version
            changes.append(m.TicketChange(id=self._seq, at=t.updated_at, ticket=t))
        return m.ChangesPage(cursor=max(self._seq, cursor), server_time=server_time(resp), changes=changes)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """No push over the Open API: :func:`~api_client.vendors.common.heartbeat_stream` over :meth:`changes`."""
        return heartbeat_stream(self.changes, cursor)

    # ---------------------------------------------------------------- writes
    def _note(self, ticket_id: int, text: str) -> None:
        """An internal reply (visible to agents only)."""
        self._json("POST", f"/tickets/{int(ticket_id)}/replies", body={"reply": {"content": text, "type": "internal"}})

    def _update(self, ticket_id: int, version: int, fields: dict[str, Any],
                note: str = "") -> tuple[m.Ticket, m.Ticket]:
        """Read the ticket, refuse with Conflict (carrying it) when its ``updated_at`` moved past ``version``,
        else PUT ``fields``, then add ``note`` as an internal reply: (before, after)."""
        current = self.ticket(ticket_id)
        if current.version != version:
            raise Conflict("The ticket changed in Udesk since it was read", current=current, status=409,
                           code="stale")
        data, _ = self._json("PUT", f"/tickets/{int(ticket_id)}", body={"ticket": fields})
        if note:
            self._note(ticket_id, note)
        t = data.get("ticket") if isinstance(data, dict) else None
        return current, self.ticket(ticket_id) if note or not isinstance(t, dict) or "id" not in t else self._ticket(t)

    def _email_of(self, agent_id: str) -> str:
        if agent_id not in self._emails:
            self._agents()
        email = self._emails.get(agent_id)
        if not email:
            raise InvalidRequest(f"Udesk has no agent {agent_id}", field="assignee_id", code="no_such_agent")
        return email

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        """Udesk names the assignee by email (``assignee_email``); an empty one leaves the ticket to its group."""
        email = "" if assignee_id is None else self._email_of(assignee_id)
        _, after = self._update(ticket_id, version, {"assignee_email": email}, with_override(reason, override_reason))
        if after.assignee_id != assignee_id:
            raise Rejected(f"Udesk did not give ticket {ticket_id} to {assignee_id or 'nobody'}", code="udesk_rejected")
        return after

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        """Priority by ``priority_id``, the queue by ``agent_group_name`` (as Udesk's create names it)."""
        require_reason(reason)
        fields: dict[str, Any] = {}
        if priority is not None:
            fields["priority_id"] = PRIORITY_IDS[priority]
        if queue_id is not None:
            if queue_id not in self._groups:
                self.queues()
            if queue_id not in self._groups:
                raise InvalidRequest(f"Udesk has no agent group {queue_id}", field="queue_id", code="no_such_queue")
            fields["agent_group_name"] = self._groups[queue_id]
        _, after = self._update(ticket_id, version, fields, f"Escalated: {reason}")
        wrong = []
        if priority is not None and after.priority != priority:
            wrong.append(f"priority is {after.priority}, not {priority}")
        if queue_id is not None and after.queue_id != queue_id:
            wrong.append(f"it is still in group {after.queue_id}")
        if wrong:
            raise Rejected(f"Escalating ticket {ticket_id} in Udesk went wrong: {'; '.join(wrong)}",
                           code="udesk_rejected")
        return after

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        raise NotAvailable("Udesk's Open API does not set agent states", capability=Capability.SET_AGENT_STATE)

    # ---------------------------------------------------------------- transcripts and reviews
    def _replies(self, ticket_id: int) -> list[dict[str, Any]]:
        data, _ = self._json("GET", f"/tickets/{int(ticket_id)}/replies")
        return [r for r in data.get("replies") or [] if isinstance(r, dict) and "id" in r]

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """One interaction per ticket: its replies (the interaction id is the ticket id), newest ticket first.
        Each transcript is a call: a page of ``limit`` costs ``limit`` calls of the budget."""
        flt = flt or m.InteractionFilter()
        if flt.ticket_id is not None or ids is not None:
            chosen = self._tickets_of([flt.ticket_id] if flt.ticket_id is not None else ids or [])
        else:
            chosen = [t for t in self.tickets(assignee_id=flt.agent_id) if before_id is None or t.id < before_id]
            chosen = chosen[:limit]
        return keyset_page((i for i in map(self._transcript, chosen) if flt.matches(i)), before_id, limit)

    def _transcript(self, t: m.Ticket) -> m.Interaction:
        turns = []
        for r in self._replies(t.id):
            text = str(r.get("content") or "").strip()
            if not text or MARKER in text:
                continue
            turns.append(m.Turn(speaker=SPEAKERS.get(str(_author(r).get("user_type")), "agent"),
                                at=_at(r.get("created_at")) or t.created_at, text=text,
                                internal=r.get("type") == "internal"))
        return m.Interaction(id=t.id, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id,
                             started_at=t.created_at, ended_at=turns[-1].at if turns else t.updated_at,
                             language="zh-CN", turns=turns, queue_id=t.queue_id)

    def recording(self, interaction_id: int) -> bytes:
        raise NotAvailable("Udesk's call recordings are not read here", capability=Capability.RECORDINGS)

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        """Reviews from one ticket's internal replies, newest first (none without ``interaction_id``)."""
        if interaction_id is None or calibration_id is not None:
            return []
        notes: list[Note] = []
        for r in self._replies(interaction_id):
            body = parse_note(str(r.get("content") or "")) if r.get("type") == "internal" else None
            if body is not None:
                notes.append((int(r["id"]), interaction_id, str(_author(r).get("id") or ""),
                              _at(r.get("created_at")) or datetime.now(UTC), body))
        found = fold_notes(notes)
        return keyset_page((r for r in found if reviewer_id is None or r.reviewer_id == reviewer_id), before_id, limit)

    def _post_review_note(self, ticket: m.Ticket, text: str) -> None:
        self._note(ticket.id, text)

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        raise NotAvailable("The audit log is not read from Udesk", capability=Capability.AUDIT)


def _author(reply: dict[str, Any]) -> dict[str, Any]:
    author = reply.get("author")
    return author if isinstance(author, dict) else {}


def _refusal(code: int, message: str) -> ApiError:
    """An answer with HTTP 200 whose ``code`` is not 1000: a refusal in Udesk's words."""
    return InvalidRequest(f"Udesk: {message} (code {code})", code=f"udesk_{code}")
