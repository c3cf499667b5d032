"""Zammad (REST API v1) as a backend.

Mapping: groups are queues; agents are the users with the ``ticket.agent`` permission (their first group by
name is their team, the groups they may work in their skills; ``out_of_office`` is offline: Zammad has no
presence); tickets map field by field, states and priorities by name through ``/ticket_states`` and
``/ticket_priorities`` (``pending reminder`` and ``pending close`` are pending, ``closed`` is solved, ``merged``
and ``removed`` are closed; priorities by the word in their name, ``2 normal``), ``first_response_escalation_at``
and ``close_escalation_at`` are the SLA due times, the customer is the requester, the type of the first article
gives the channel. Articles are the transcript; internal notes (``internal: true``) carry reasons and QA reviews
(:mod:`api_client.vendors.common`).

The URL is Zammad's web root (``https://zammad.example.com``); the token is a personal access token (sent as
``Authorization: Token token=...``). Zammad has no change feed and no ETag: the feed searches for tickets
updated since a little before the newest one it saw (``updated_at`` range, sorted by ``updated_at``; the search
needs Elasticsearch) and reports those whose ``updated_at`` moved; a ticket's version is its ``updated_at`` in
milliseconds, and every write reads the ticket first and refuses with :class:`Conflict` when it moved. A race
remains between that read and the write, which Zammad's API cannot close. Page sizes stay within Zammad's caps
(100 on lists, 200 on search).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import requests

from api_client import models as m
from api_client.backend import Capability
from api_client.errors import Conflict, Forbidden, InvalidRequest, NotAvailable, NotFound
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

API = "/api/v1"
LIST_PAGE = 100  # Zammad's cap on per_page for lists (/tickets, /groups, /users)
SEARCH_PAGE = 200  # its cap on per_page for search
MAX_PAGES = 500  # 100,000 tickets at most from one search
OVERLAP_S = 120.0  # the feed searches this far before the newest change seen (search indexing lags)
NOBODY = 1  # Zammad's system user "-": owner_id 1 means no owner
RECENT_S = 3600  # the snapshot also reads tickets resolved in the last hour (the rolling window)
STATE_NAMES: dict[str, m.Status] = {"new": "new", "open": "open", "pending reminder": "pending",
                                    "pending close": "pending", "closed": "solved", "merged": "closed",
                                    "removed": "closed"}
STATE_TYPES: dict[int, m.Status] = {1: "new", 2: "open", 3: "pending", 4: "pending", 5: "solved", 6: "closed",
                                    7: "closed"}  # Zammad's seeded Ticket::StateType ids, for renamed states
CHANNELS: dict[str, m.Channel] = {"email": "email", "web": "email", "phone": "phone", "chat": "chat", "sms": "social",
                                  "twitter status": "social", "twitter direct-message": "social",
                                  "facebook feed post": "social", "facebook feed comment": "social",
                                  "telegram personal-message": "social", "whatsapp message": "social"}
SPEAKERS: dict[str, m.Speaker] = {"Customer": "customer", "Agent": "agent", "System": "system"}
ROLES: dict[str, m.Role] = {"Admin": "supervisor", "Agent": "team_lead"}


def _at(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _stamp(at: datetime) -> str:
    """A time for a search query: ISO 8601 in UTC with its colons escaped (they are query syntax)."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H\\:%M\\:%SZ")


def version_of(updated_at: datetime) -> int:
    """A ticket's version: its ``updated_at`` in milliseconds."""
    return int(updated_at.timestamp() * 1000)


def priority_of(name: str) -> m.Priority | None:
    """Our priority for a Zammad priority name (``1 low``, ``2 normal``, ``3 high``, ``4 urgent``)."""
    words = set(name.lower().split())
    return next((p for p in m.PRIORITIES if p in words), None)


class _Text(HTMLParser):
    """The text of an HTML article body: tags dropped, line breaks kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "div", "li", "tr", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))  # line ends in HTML source are spaces


def plain_text(body: str, content_type: str) -> str:
    """An article body as plain text."""
    if not content_type.startswith("text/html"):
        return body.strip()
    parser = _Text()
    parser.feed(body)
    parser.close()
    return re.sub(r" *\n *", "\n", "".join(parser.parts)).strip()


class ZammadBackend(VendorBackend):
    """Backend for Zammad; ``base_url`` is its web root, ``token`` a personal access token."""

    VENDOR = "Zammad"
    NAME = "Zammad"
    capabilities = frozenset({Capability.SLA, Capability.SERVICE_LEVEL, Capability.TRANSCRIPTS, Capability.REVIEWS,
                              Capability.MOVE_QUEUE})

    def __init__(self, base_url: str, token: str | None, *, poll_s: float = 3.0, verify: bool | str = True,
                 **kw: Any) -> None:
        super().__init__()
        self.poll_s = poll_s
        self.http = self._session(base_url.rstrip("/"), token, verify=verify,
                                  auth_header=("Authorization", "Token token="), **kw)
        self._states: dict[int, m.Status] = {}
        self._priorities: dict[int, m.Priority] = {}
        self._priority_names: dict[int, str] = {}
        self._groups: dict[str, str] = {}  # group id -> name, from /groups or from the tickets seen
        self._owners: dict[str, str] = {}  # owner id -> login, from the tickets seen
        self._seen: dict[int, int] = {}  # ticket id -> version last reported
        self._since: datetime | None = None  # the feed's next search starts here
        self._seq = 0

    def __repr__(self) -> str:
        return f"ZammadBackend({self.http.base_url!r})"

    # ---------------------------------------------------------------- plumbing
    def _json(self, method: str, path: str, **kw: Any) -> tuple[Any, requests.Response]:
        """``path`` under ``/api/v1``."""
        return super()._json(method, API + path, **kw)

    def _pages(self, path: str, params: dict[str, Any], size: int,
               limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a list or search, ``size`` a page (within Zammad's caps). A page that brings nothing new
        ends the walk (a server that ignores ``page`` is not asked forever)."""
        seen: set[int] = set()
        for page in range(1, MAX_PAGES + 1):
            data, _ = self._json("GET", path, params={**params, "page": page, "per_page": size})
            items = [x for x in data or [] if isinstance(x, dict) and "id" in x]
            new = [x for x in items if int(x["id"]) not in seen]
            for item in new:
                seen.add(int(item["id"]))
                yield item
                if limit is not None and len(seen) >= limit:
                    return
            if len(items) < size or not new:
                return

    def _search(self, query: str, *, sort_by: str = "id", order_by: str = "asc",
                limit: int | None = None) -> Iterator[dict[str, Any]]:
        return self._pages("/tickets/search", {"query": query, "sort_by": sort_by, "order_by": order_by,
                                               "expand": "true"}, SEARCH_PAGE, limit)

    def _lookups(self) -> None:
        """States and priorities by id (read once)."""
        if self._states and self._priorities:
            return
        states, _ = self._json("GET", "/ticket_states")
        self._states = {int(s["id"]): STATE_NAMES.get(str(s.get("name"))) or STATE_TYPES.get(
            int(s.get("state_type_id") or 0), "open") for s in states or [] if "id" in s}
        priorities, _ = self._json("GET", "/ticket_priorities")
        self._priority_names = {int(p["id"]): str(p.get("name") or p["id"]) for p in priorities or []
                                if "id" in p and p.get("active", True)}
        self._priorities = {pid: priority_of(name) or "normal" for pid, name in self._priority_names.items()}

    def _ticket(self, t: dict[str, Any]) -> m.Ticket:
        self._lookups()
        created = _at(t.get("created_at")) or datetime.now(UTC)
        updated = _at(t.get("updated_at")) or created
        status = self._states.get(int(t.get("state_id") or 0), "open")
        owner = int(t.get("owner_id") or NOBODY)
        group = str(t.get("group_id") or "")
        if t.get("group"):
            self._groups.setdefault(group, str(t["group"]))
        if owner != NOBODY and t.get("owner"):
            self._owners[str(owner)] = str(t["owner"])
        customer = str(t.get("customer_id") or "unknown")
        return m.Ticket(
            id=int(t["id"]), subject=str(t.get("title") or ""),
            channel=CHANNELS.get(str(t.get("create_article_type") or ""), "email"), queue_id=group,
            priority=self._priorities.get(int(t.get("priority_id") or 0), "normal"), status=status,
            assignee_id=None if owner == NOBODY else str(owner),
            requester=m.Requester(id=customer, name=str(t.get("customer") or customer), tier="standard",
                                  language="en"),
            created_at=created, updated_at=updated, first_response_at=_at(t.get("first_response_at")),
            solved_at=(_at(t.get("close_at")) or updated) if status in ("solved", "closed") else None,
            first_response_due=_at(t.get("first_response_escalation_at")),
            resolution_due=_at(t.get("close_escalation_at")), sla_paused=status == "pending",
            version=version_of(updated))

    # ---------------------------------------------------------------- reads
    def whoami(self) -> m.User:
        me, _ = self._json("GET", "/users/me", params={"expand": "true"})
        roles = [str(r) for r in me.get("roles") or []]
        role: m.Role = next((ROLES[r] for r in ("Admin", "Agent") if r in roles), "viewer")
        return m.User(id=str(me.get("id")), name=_name(me), role=role)

    def queues(self) -> list[m.Queue]:
        """Active groups; without ``admin.group`` (a plain agent), the groups of the tickets seen."""
        try:
            groups = {str(g["id"]): str(g.get("name") or g["id"])
                      for g in self._pages("/groups", {}, LIST_PAGE) if g.get("active", True)}
            self._groups = groups
        except Forbidden:
            groups = dict(self._groups)
        return [m.Queue(id=gid, name=name, skill=gid, sla=[],
                        service_level=m.ServiceLevelTarget(percent=0, threshold_s=0), at_risk_s=AT_RISK_S)
                for gid, name in sorted(groups.items(), key=lambda g: g[1])]

    def agents(self, now: datetime, skills: list[str]) -> list[m.Agent]:
        """Active users with the ``ticket.agent`` permission (the user search's ``permissions`` filter), skilled
        in the groups they may work in; without the right to search users, the owners of the tickets seen, with
        every skill (``skills``)."""
        try:
            users = list(self._pages("/users/search", {"query": "*", "permissions[]": "ticket.agent",
                                                       "expand": "true"}, LIST_PAGE))
        except Forbidden:
            users = [{"id": int(uid), "login": login, "group_ids": dict.fromkeys(skills)}
                     for uid, login in self._owners.items()]
        agents = []
        for u in users:
            if not u.get("active", True) or int(u["id"]) == NOBODY:
                continue
            groups = u.get("groups")
            team = min(map(str, groups), default="") if isinstance(groups, dict) else ""
            agents.append(m.Agent(id=str(u["id"]), name=_name(u), team=team,
                                  state="offline" if u.get("out_of_office") else "available", state_since=now,
                                  skills=sorted(str(g) for g in u.get("group_ids") or {}),
                                  capacity=DEFAULT_CAPACITY, capacity_source="nominal", version=0))
        return agents

    def _unresolved_query(self) -> str:
        self._lookups()
        ids = sorted(i for i, s in self._states.items() if s in m.UNRESOLVED)
        return f"state_id:({' OR '.join(map(str, ids))})" if ids else "*"

    def snapshot(self) -> m.Snapshot:
        """Queues, agents, and every unresolved ticket plus those updated in the last hour."""
        self._lookups()
        _, resp = self._json("GET", "/users/me")
        now = server_time(resp)
        query = f"{self._unresolved_query()} OR updated_at:>={_stamp(now - timedelta(seconds=RECENT_S))}"
        tickets = [self._ticket(t) for t in self._search(query)]
        self._seen = {t.id: t.version for t in tickets}
        self._since = now - timedelta(seconds=OVERLAP_S)
        queues = self.queues()
        return m.Snapshot(cursor=self._seq, server_time=now, clock_rate=1.0, queues=queues,
                          agents=self.agents(now, [q.skill for q in queues]), tickets=tickets)

    def ticket(self, ticket_id: int) -> m.Ticket:
        t, _ = self._json("GET", f"/tickets/{int(ticket_id)}", params={"expand": "true"})
        if not isinstance(t, dict) or "id" not in t:
            raise NotFound(f"Zammad has no ticket {ticket_id}", code="ticket")
        return self._ticket(t)

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        """Matching tickets, newest first."""
        terms = []
        if queue_id is not None:
            terms.append(f"group_id:{_number(queue_id, 'queue_id')}")
        if assignee_id is not None:
            terms.append(f"owner_id:{_number(assignee_id, 'assignee_id')}")
        if unresolved:
            terms.append(self._unresolved_query())
        for t in self._search(" AND ".join(terms) or "*", order_by="desc", limit=limit):
            yield self._ticket(t)

    def changes(self, cursor: int, wait: float = 0.0) -> m.ChangesPage:
        """Tickets whose ``updated_at`` moved since they were last reported, searching every ``poll_s`` for up to
        ``wait`` s."""

        def changed() -> tuple[list[m.Ticket], requests.Response | None]:
            since = self._since or datetime.now(UTC) - timedelta(seconds=OVERLAP_S)
            query = f"updated_at:>={_stamp(since)}"
            found: list[m.Ticket] = []
            resp = None
            for page in range(1, MAX_PAGES + 1):
                data, resp = self._json("GET", "/tickets/search", params={
                    "query": query, "sort_by": "updated_at", "order_by": "asc", "expand": "true", "page": page,
                    "per_page": SEARCH_PAGE})
                items = [x for x in data or [] if isinstance(x, dict) and "id" in x]
                found += [self._ticket(x) for x in items]
                if len(items) < SEARCH_PAGE:
                    break
            return [t for t in found if self._seen.get(t.id) != t.version], resp

        tickets, resp = poll(changed, lambda a: bool(a[0]), wait=wait, every=self.poll_s,
                             stop=self._closed) or ([], None)
        changes: list[m.Change] = []
        latest: dict[int, m.Ticket] = {}
        for t in tickets:  # a ticket that moved between pages is reported once, as it was last read
            if t.version >= latest.get(t.id, t).version:
                latest[t.id] = t
        for t in sorted(latest.values(), key=lambda t: t.updated_at):
            self._seq += 1
            self._seen[t.id] = t.version
            changes.append(m.TicketChange(id=self._seq, at=t.updated_at, ticket=t))
        if latest:
            newest = max(t.updated_at for t in latest.values()) - timedelta(seconds=OVERLAP_S)
            self._since = max(self._since or newest, newest)
            floor = version_of(self._since)
            self._seen = {tid: v for tid, v in self._seen.items() if v >= floor}
        return m.ChangesPage(cursor=max(self._seq, cursor), server_time=server_time(resp), changes=changes)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """No push over REST: :func:`~api_client.vendors.common.heartbeat_stream` over :meth:`changes`."""
        return heartbeat_stream(self.changes, cursor)

    # ---------------------------------------------------------------- writes
    def _update(self, ticket_id: int, version: int, fields: dict[str, Any],
                note: str = "") -> tuple[m.Ticket, m.Ticket]:
        """Read the ticket, refuse with Conflict (carrying it) when its ``updated_at`` moved past ``version``,
        else PUT ``fields`` with ``note`` as an internal article in the same request: (before, after)."""
        current = self.ticket(ticket_id)
        if current.version != version:
            raise Conflict("The ticket changed in Zammad since it was read", current=current, status=409,
                           code="stale")
        body = dict(fields)
        if note:
            body["article"] = {"body": note, "content_type": "text/plain", "type": "note", "internal": True}
        data, _ = self._json("PUT", f"/tickets/{int(ticket_id)}", params={"expand": "true"}, body=body)
        return current, self._ticket(data) if isinstance(data, dict) and "id" in data else self.ticket(ticket_id)

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        owner = NOBODY if assignee_id is None else _number(assignee_id, "assignee_id")
        _, after = self._update(ticket_id, version, {"owner_id": owner}, with_override(reason, override_reason))
        if after.assignee_id != assignee_id:
            raise Rejected(f"Zammad did not give ticket {ticket_id} to {assignee_id or 'nobody'}",
                           code="zammad_rejected")
        return after

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        require_reason(reason)
        fields: dict[str, Any] = {}
        if priority is not None:
            self._lookups()
            pid = next((i for i, p in sorted(self._priorities.items()) if p == priority), None)
            if pid is None:
                raise InvalidRequest(f"Zammad has no {priority} priority (it has "
                                     f"{', '.join(self._priority_names.values())})", field="priority",
                                     code="no_such_priority")
            fields["priority_id"] = pid
        if queue_id is not None:
            fields["group_id"] = _number(queue_id, "queue_id")
        before, after = self._update(ticket_id, version, fields, f"Escalated: {reason}")
        wrong = []
        if priority is not None and after.priority != priority:
            wrong.append(f"priority is {after.priority}, not {priority}")
        if queue_id is not None and after.queue_id != queue_id:
            wrong.append(f"it is still in group {after.queue_id}")
        if queue_id is not None and before.assignee_id and after.assignee_id is None:
            wrong.append(f"Zammad removed its owner {before.assignee_id} (no access to the new group)")
        if wrong:
            raise Rejected(f"Escalating ticket {ticket_id} in Zammad went wrong: {'; '.join(wrong)}",
                           code="zammad_rejected")
        return after

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        raise NotAvailable("Zammad has no agent states", capability=Capability.SET_AGENT_STATE)

    # ---------------------------------------------------------------- transcripts and reviews
    def _articles(self, ticket_id: int) -> list[dict[str, Any]]:
        data, _ = self._json("GET", f"/ticket_articles/by_ticket/{int(ticket_id)}", params={"expand": "true"})
        return [a for a in data or [] if isinstance(a, dict) and "id" in a]

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """One interaction per ticket: its articles (the interaction id is the ticket id), newest ticket first;
        ``before_id`` pages through every ticket (Zammad searches by id)."""
        flt = flt or m.InteractionFilter()
        if flt.ticket_id is not None or ids is not None:
            chosen = self._tickets_of([flt.ticket_id] if flt.ticket_id is not None else ids or [])
        else:
            terms = [f"owner_id:{_number(flt.agent_id, 'agent_id')}"] if flt.agent_id else []
            if before_id is not None:
                terms.append(f"id:<{int(before_id)}")
            chosen = [self._ticket(t) for t in self._search(" AND ".join(terms) or "*", order_by="desc",
                                                               limit=limit)]
        return keyset_page((i for i in map(self._transcript, chosen) if flt.matches(i)), before_id, limit)

    def _transcript(self, t: m.Ticket) -> m.Interaction:
        turns = []
        for a in self._articles(t.id):
            text = plain_text(str(a.get("body") or ""), str(a.get("content_type") or "text/plain"))
            if not text or MARKER in text:
                continue
            turns.append(m.Turn(speaker=SPEAKERS.get(str(a.get("sender")), "agent"),
                                at=_at(a.get("created_at")) or t.created_at, text=text,
                                internal=bool(a.get("internal"))))
        now = datetime.now(UTC)
        breached = any(due is not None and (done or now) > due for due, done in (
            (t.first_response_due, t.first_response_at), (t.resolution_due, t.solved_at)))
        return m.Interaction(id=t.id, ticket_id=t.id, channel=t.channel, agent_id=t.assignee_id,
                             started_at=t.created_at, ended_at=turns[-1].at if turns else t.updated_at, language="en",
                             turns=turns, queue_id=t.queue_id, sla_breached=breached)

    def recording(self, interaction_id: int) -> bytes:
        raise NotAvailable("Zammad keeps no call recordings here", capability=Capability.RECORDINGS)

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        """Reviews from one ticket's internal notes, newest first by id (none without ``interaction_id``: the
        search cannot be trusted to find note bodies on every installation)."""
        if interaction_id is None or calibration_id is not None:
            return []
        notes: list[Note] = []
        for a in self._articles(interaction_id):
            body = parse_note(str(a.get("body") or "")) if a.get("internal") else None
            if body is not None:
                notes.append((int(a["id"]), interaction_id, str(a.get("created_by_id") or ""),
                              _at(a.get("created_at")) or datetime.now(UTC), body))
        found = fold_notes(notes)
        return keyset_page((r for r in found if reviewer_id is None or r.reviewer_id == reviewer_id), before_id, limit)

    def _post_review_note(self, ticket: m.Ticket, text: str) -> None:
        self._json("POST", "/ticket_articles", body={"ticket_id": ticket.id, "body": text,
                                                     "content_type": "text/plain", "type": "note", "internal": True,
                                                     "sender": "Agent"})

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        """Not read from Zammad's ticket history yet."""
        raise NotAvailable("The audit log is not read from Zammad", capability=Capability.AUDIT)


def _name(user: dict[str, Any]) -> str:
    full = f"{user.get('firstname') or ''} {user.get('lastname') or ''}".strip()
    return full or str(user.get("login") or user.get("email") or user.get("id"))


def _number(value: str, field: str) -> int:
    """A Zammad id from one of ours (Zammad's ids are numbers)."""
    if not value.isdigit():
        raise InvalidRequest(f"Zammad ids are numbers, not {value!r}", field=field)
    return int(value)
