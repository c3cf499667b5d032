"""Request Tracker 5 (REST 2.0) as a backend.

Mapping: RT queues are queues; enabled privileged users are agents (their first user-defined
group is their team); tickets map field by field (numeric priority to our four
levels, ``stalled`` to pending, ``resolved`` to solved, ``Due`` to the resolution due time, ``Told``
to the first response). A ticket's version is its newest transaction id, which is exactly RT's
ETag, so writes carry ``If-Match`` and a stale one gets 412 (:class:`Conflict`).

First replies: the first correspondence by someone other than the requestor (RT's ``Told`` is the *last*
time the requestor was told something); its target is the ``Due`` RT's SLA set before that reply (while a ticket
waits on a reply, RT's SLA keeps ``Due`` at the response deadline), read from the ticket's history. Agent states:
RT has no presence, only enabled or disabled users (disabled ones are not agents); an agent is ``available`` while
they acted in RT (any transaction) within the last ``ACTIVE_S`` and ``offline`` otherwise. CSAT: RT has no
satisfaction ratings; where a ticket custom field carries one (1-5, its name given as ``csat_field``) it is read.

RT has no push channel: the change feed polls the transactions table (the cursor is the last
transaction id seen) and re-reads the tickets they touched. RT answers some refused writes with
HTTP 200 and a list of messages, and moving a ticket to a queue where its owner may not own tickets
silently resets the owner: every write is read back and checked, and what did not happen raises
:class:`Rejected`. QA reviews are internal comments on the ticket (:mod:`api_client.vendors.common`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import requests

from api_client import models as m
from api_client.backend import Capability
from api_client.errors import ApiError, Conflict, Forbidden, NotAvailable, NotFound
from api_client.vendors.common import (
    AT_RISK_S,
    DEFAULT_CAPACITY,
    MARKER,
    Note,
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

API = "/REST/2.0"
PAGE = 100  # RT caps per_page at 100
NOT_SET = "1970-01-01T00:00:00Z"
TICKET_FIELDS = "Subject,Status,Priority,Queue,Owner,Requestor,Created,LastUpdated,Due,Told,Resolved,CustomFields"
ACTIVE_S = 900.0  # an agent who acted in RT within this is "available" (RT has no presence)
STATUS: dict[str, m.Status] = {"new": "new", "open": "open", "stalled": "pending", "resolved": "solved",
                               "rejected": "closed", "deleted": "closed"}
PRIORITY_VALUE: dict[m.Priority, int] = {"low": 0, "normal": 50, "high": 75, "urgent": 100}
NOBODY = "Nobody"
SYSTEM_USERS = frozenset({"RT_System", NOBODY})


def priority_of(value: Any) -> m.Priority:
    """RT's 0..100 priority in our four levels."""
    n = int(value or 0)
    return "urgent" if n >= 90 else "high" if n >= 65 else "normal" if n >= 30 else "low"


def _time(value: str | None) -> datetime | None:
    if not value or value == NOT_SET:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _sql_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _ref(value: Any) -> str | None:
    """The id of an RT reference object ({"id": ..., "type": ...}) or of the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value["id"]) if isinstance(value, dict) and "id" in value else None


def token_user_id(token: str) -> int | None:
    """The user id inside an RT auth token (``1-<user id>-<secret>``, RT::AuthToken::ParseAuthString)."""
    parts = token.split("-")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


class RtBackend(VendorBackend):
    """Backend for Request Tracker 5. ``base_url`` is RT's web root; ``token`` an RT auth token."""

    VENDOR = "RT"
    NAME = "Request Tracker"
    capabilities = frozenset({Capability.SLA, Capability.SERVICE_LEVEL, Capability.AGENT_STATES, Capability.CSAT,
                              Capability.REVIEWS, Capability.TRANSCRIPTS, Capability.MOVE_QUEUE, Capability.AUDIT,
                              Capability.AUDIT_ACROSS_TICKETS})

    def __init__(self, base_url: str, token: str | None, *, poll_s: float = 2.0, verify: bool | str = True,
                 csat_field: str = "CSAT", **kw: Any) -> None:
        super().__init__()
        self.token = token or ""
        self.poll_s = poll_s
        self.csat_field = csat_field
        self._replies: dict[int, tuple[datetime, datetime | None]] = {}  # ticket id -> (first reply, its due time)
        self._agents: dict[str, m.Agent] = {}  # the snapshot's agents, their states kept by the feed
        self._acted: dict[str, datetime] = {}  # agent -> their newest transaction seen
        self.http = self._session(base_url, token, verify=verify, auth_header=("Authorization", "token "), **kw)
        self._queue_ids: dict[str, str] = {}  # queue name -> id (RT references queues by id or name)
        self._logged_in = False
        self._names: dict[str, str] = {}  # user id -> name

    def __repr__(self) -> str:
        return f"RtBackend({self.http.base_url!r})"

    # ---------------------------------------------------------------- plumbing
    def _login(self) -> None:
        """Trade the token for a web session once: RT checks a token with bcrypt on every request
        (about 0.2 s each), a session cookie in microseconds. Without a session the token still works."""
        self._logged_in = True
        if not self.token:
            return
        try:  # the web root hands out the session cookie (into the session's jar)
            if not self.http.request("GET", "/", allow_redirects=False).cookies:
                return
            # the cookie is kept only if it alone gets RT to answer (a bad token gets a login page)
            check = self.http.request("GET", API + "/rt", headers={"Authorization": None}, allow_redirects=False)
        except ApiError:
            check = None
        if check is None or check.status_code != 200:
            self.http.cookies.clear()

    def _json(self, method: str, path: str, **kw: Any) -> tuple[Any, requests.Response]:
        """``path`` under REST 2.0 (after logging in once)."""
        if not self._logged_in:
            self._login()
        return super()._json(method, API + path, **kw)

    def _pages(self, path: str, params: dict[str, Any], limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a collection, page by page."""
        page, seen = 1, 0
        while True:
            data, _ = self._json("GET", path, params={**params, "per_page": PAGE, "page": page})
            items = data.get("items") or []
            for item in items:
                yield item
                seen += 1
                if limit is not None and seen >= limit:
                    return
            if len(items) < PAGE or not data.get("next_page"):
                return
            page += 1

    def _ticket(self, item: dict[str, Any], version: int) -> m.Ticket:
        requester = _ref(item.get("Requestor")) or "unknown"
        replied, reply_due = self._replies.get(int(item["id"]), (None, None))
        owner = _ref(item.get("Owner"))
        created = _time(item.get("Created")) or datetime.now(UTC)
        status = STATUS.get(str(item.get("Status")), "open")
        return m.Ticket(
            id=int(item["id"]), subject=str(item.get("Subject") or ""), channel="email",
            queue_id=_ref(item.get("Queue")) or "", priority=priority_of(item.get("Priority")), status=status,
            assignee_id=None if owner in (None, NOBODY) else owner,
            requester=m.Requester(id=requester, name=requester, tier="standard", language="en"),
            created_at=created, updated_at=_time(item.get("LastUpdated")) or created,
            first_response_at=replied, first_response_due=reply_due, csat=self._csat(item),
            solved_at=_time(item.get("Resolved")) if status in ("solved", "closed") else None,
            resolution_due=_time(item.get("Due")), sla_paused=status == "pending",
            web_url=f"{self.http.base_url.rstrip('/')}/Ticket/Display.html?id={int(item['id'])}", version=version)

    def _csat(self, item: dict[str, Any]) -> int | None:
        """The rating (1-5) in the custom field named ``csat_field``, or None."""
        for cf in item.get("CustomFields") or []:
            if isinstance(cf, dict) and cf.get("name") == self.csat_field:
                value = str((cf.get("values") or [""])[0]).strip()
                return int(value) if value.isdigit() and 1 <= int(value) <= 5 else None
        return None

    def _read_replies(self, items: list[dict[str, Any]]) -> None:
        """Each ticket's first reply and its due time (see the module notes), from its history: one query per 40
        tickets whose first reply is not known yet (it never changes once made)."""
        todo = {int(i["id"]): _ref(i.get("Requestor")) for i in items if int(i["id"]) not in self._replies}
        ids = sorted(todo)
        for n in range(0, len(ids), 40):
            chunk = ids[n:n + 40]
            query = ("ObjectType = 'RT::Ticket' AND (Type = 'Correspond' OR (Type = 'Set' AND Field = 'Due')) AND ("
                     + " OR ".join(f"ObjectId = {tid}" for tid in chunk) + ")")
            due: dict[int, datetime | None] = {}
            for txn in self._pages("/transactions", {"query": query, "orderby": "id",
                                                     "fields": "ObjectId,Type,NewValue,Created,Creator"}):
                tid = int(txn["ObjectId"])
                if tid in self._replies:
                    continue
                if txn.get("Type") == "Set":
                    due[tid] = _time(str(txn.get("NewValue") or "").replace(" ", "T") + "Z")
                elif _ref(txn.get("Creator")) != todo[tid] and (at := _time(txn.get("Created"))) is not None:
                    self._replies[tid] = (at, due.get(tid))

    # ---------------------------------------------------------------- reads
    def whoami(self) -> m.User:
        uid = token_user_id(self.token)
        if uid is None:
            raise ApiError("This is not an RT auth token (expected 1-<user id>-<secret>)", code="token")
        user, _ = self._json("GET", f"/user/{uid}")
        role: m.Role = "supervisor" if str(user.get("Privileged")) == "1" else "viewer"
        return m.User(id=str(user["Name"]), name=str(user.get("RealName") or user["Name"]), role=role)

    def queues(self) -> list[m.Queue]:
        queues = []
        for q in self._pages("/queues/all", {"fields": "Name,Description,SLADisabled"}):
            name = str(q.get("Name", ""))
            if name.startswith("___"):  # RT's internal approvals queue
                continue
            self._queue_ids[name] = str(q["id"])
            queues.append(m.Queue(id=str(q["id"]), name=name, skill=name, sla=[],
                                  service_level=m.ServiceLevelTarget(percent=0, threshold_s=0),
                                  at_risk_s=AT_RISK_S))
        return queues

    def agents(self, skills: list[str], now: datetime, owners: set[str]) -> list[m.Agent]:
        """Enabled privileged users, each with their first user-defined group (by name) as team.

        RT's REST 2.0 cannot search SystemInternal groups since 5.0.3+dfsg-3~deb12u7 (the group search
        is limited to user-defined groups), so agents are found user by user: ``/users`` lists them and
        each user's record says whether it is privileged, disabled, and which groups it belongs to.
        Without the right to list users (an unprivileged token), the agents are the owners of the
        tickets seen (``owners``), without teams; without AdminUsers, privileged users without teams.
        """
        try:
            names = [str(u["id"]) for u in self._pages("/users", {"fields": "Name"})]
        except (Forbidden, NotFound):
            names = sorted(owners)
        group_names: dict[str, str] = {}
        agents = []
        for name in names:
            if name in SYSTEM_USERS:
                continue
            user, _ = self._json("GET", f"/user/{name}")
            if str(user.get("Privileged")) != "1" or str(user.get("Disabled")) == "1":
                continue
            teams = sorted(self._group_name(str(g["id"]), group_names) for g in user.get("Memberships") or [])
            agent_id = str(user.get("Name") or name)
            acted = self._acted.get(agent_id)
            agents.append(m.Agent(id=agent_id, name=str(user.get("RealName") or name),
                                  team=teams[0] if teams else "", state=_activity(acted, now),
                                  state_since=acted or now, skills=skills, capacity=DEFAULT_CAPACITY,
                                  capacity_source="nominal", version=0))
        self._agents = {a.id: a for a in agents}
        return agents

    def _read_activity(self, now: datetime) -> None:
        """Who acted on tickets within ``ACTIVE_S`` (their newest transaction), for the agents' states."""
        since = _sql_time(now - timedelta(seconds=ACTIVE_S))
        for txn in self._pages("/transactions", {"query": f"ObjectType = 'RT::Ticket' AND Created > '{since}'",
                                                 "fields": "Creator,Created"}):
            self._saw_act(txn)

    def _saw_act(self, txn: dict[str, Any]) -> None:
        who, at = _ref(txn.get("Creator")), _time(txn.get("Created"))
        if who and at and (who not in self._acted or self._acted[who] < at):
            self._acted[who] = at

    def _agent_changes(self, now: datetime, first_id: int) -> list[m.Change]:
        """Agents whose state the activity seen so far changes at ``now`` (ids from ``first_id`` on)."""
        changes: list[m.Change] = []
        for agent in self._agents.values():
            state = _activity(self._acted.get(agent.id), now)
            if state != agent.state:
                since = self._acted.get(agent.id, now) if state == "available" else now
                agent = msgspec.structs.replace(agent, state=state, state_since=since, version=agent.version + 1)
                self._agents[agent.id] = agent
                changes.append(m.AgentChange(id=first_id + len(changes), at=now, agent=agent))
        return changes

    def _group_name(self, group_id: str, known: dict[str, str]) -> str:
        if group_id not in known:
            group, _ = self._json("GET", f"/group/{group_id}")
            known[group_id] = str(group.get("Name") or group_id)
        return known[group_id]

    def _last_transaction(self) -> int:
        data, _ = self._json("GET", "/transactions", params={
            "query": "ObjectType = 'RT::Ticket'", "orderby": "id", "order": "DESC", "per_page": 1})
        items = data.get("items") or []
        return int(items[0]["id"]) if items else 0

    def _search(self, query: str, limit: int | None = None) -> list[dict[str, Any]]:
        return list(self._pages("/tickets", {"query": query, "fields": TICKET_FIELDS, "orderby": "id"}, limit))

    def _versions(self, items: list[dict[str, Any]]) -> dict[int, int]:
        """Each ticket's newest transaction id (= its ETag), in one query per 40 tickets."""
        versions: dict[int, int] = {}
        for i in range(0, len(items), 40):
            chunk = items[i:i + 40]
            terms = []
            for item in chunk:
                updated = _time(item.get("LastUpdated")) or datetime(1970, 1, 2, tzinfo=UTC)
                since = _sql_time(updated - timedelta(seconds=1))
                terms.append(f"(ObjectId = {int(item['id'])} AND Created >= '{since}')")
            query = f"ObjectType = 'RT::Ticket' AND ({' OR '.join(terms)})"
            for txn in self._pages("/transactions", {"query": query, "fields": "ObjectId"}):
                tid = int(txn["ObjectId"])
                versions[tid] = max(versions.get(tid, 0), int(txn["id"]))
        for item in items:  # a ticket touched without a transaction since: ask RT for its ETag
            tid = int(item["id"])
            if tid not in versions:
                versions[tid] = self._etag(self._json("GET", f"/ticket/{tid}")[1])
        return versions

    @staticmethod
    def _etag(resp: requests.Response) -> int:
        etag = resp.headers.get("ETag", "").strip('W/"')
        return int(etag) if etag.isdigit() else 0

    def _tickets(self, items: list[dict[str, Any]]) -> list[m.Ticket]:
        versions = self._versions(items)
        self._read_replies(items)
        return [self._ticket(item, versions[int(item["id"])]) for item in items]

    def snapshot(self) -> m.Snapshot:
        cursor = self._last_transaction()  # before reading: a change in between shows up in the feed
        _, resp = self._json("GET", "/rt")
        now = server_time(resp)
        queues = self.queues()
        recent = _sql_time(now - timedelta(hours=1))
        tickets = self._tickets(self._search(f"Status = '__Active__' OR LastUpdated > '{recent}'"))
        owners = {t.assignee_id for t in tickets if t.assignee_id}
        self._read_activity(now)
        agents = self.agents([q.skill for q in queues], now, owners)
        return m.Snapshot(cursor=cursor, server_time=now, clock_rate=1.0, queues=queues, agents=agents,
                          tickets=tickets)

    def ticket(self, ticket_id: int) -> m.Ticket:
        item, resp = self._json("GET", f"/ticket/{ticket_id}")
        self._read_replies([item])
        return self._ticket(item, self._etag(resp))

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        terms = ["id > 0"]
        if queue_id is not None:
            terms.append(f"Queue = {int(queue_id)}" if queue_id.isdigit() else f"Queue = '{_quote(queue_id)}'")
        if assignee_id is not None:
            terms.append(f"Owner = '{_quote(assignee_id)}'")
        if unresolved:
            terms.append("Status = '__Active__'")
        yield from self._tickets(self._search(" AND ".join(terms), limit))

    def changes(self, cursor: int, wait: float = 0.0) -> m.ChangesPage:
        """Tickets touched by transactions after ``cursor``, polling every ``poll_s`` for up to ``wait`` s."""

        def transactions() -> tuple[list[dict[str, Any]], requests.Response]:
            data, resp = self._json("GET", "/transactions", params={
                "query": f"ObjectType = 'RT::Ticket' AND id > {int(cursor)}", "fields": "ObjectId,Creator,Created",
                "orderby": "id", "per_page": PAGE})
            return data.get("items") or [], resp

        txns, resp = poll(transactions, lambda a: bool(a[0]), wait=wait, every=self.poll_s,
                          stop=self._closed) or ([], None)
        now = server_time(resp)
        for txn in txns:
            self._saw_act(txn)
        # agent changes are numbered after the page's transactions (a cursor stays a transaction id)
        agents = self._agent_changes(now, int(txns[-1]["id"]) + 1 if txns else cursor + 1)
        if not txns:
            return m.ChangesPage(cursor=cursor, server_time=now, changes=agents)
        newest: dict[int, int] = {}
        for txn in txns:
            newest[int(txn["ObjectId"])] = int(txn["id"])
        changes: list[m.Change] = []
        for ticket_id, txn_id in sorted(newest.items(), key=lambda kv: kv[1]):
            try:
                ticket = self.ticket(ticket_id)
            except (NotFound, Forbidden):
                continue  # deleted, or moved where this user cannot see it
            changes.append(m.TicketChange(id=txn_id, at=ticket.updated_at, ticket=ticket))
        return m.ChangesPage(cursor=int(txns[-1]["id"]), server_time=now, changes=changes + agents)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """RT has no push: :func:`~api_client.vendors.common.heartbeat_stream` over :meth:`changes`."""
        return heartbeat_stream(self.changes, cursor)

    # ---------------------------------------------------------------- writes
    def _put(self, ticket_id: int, version: int, body: dict[str, Any]) -> list[str]:
        """PUT with If-Match; 412 becomes Conflict carrying the current ticket."""
        try:
            messages, _ = self._json("PUT", f"/ticket/{ticket_id}", body=body, headers={"If-Match": f'"{version}"'})
        except Conflict:
            raise Conflict("The ticket changed in RT since it was read", current=self.ticket(ticket_id),
                           status=412, code="stale") from None
        return [str(x) for x in messages] if isinstance(messages, list) else [str(messages)]

    def _comment(self, ticket_id: int, text: str) -> None:
        self._json("POST", f"/ticket/{ticket_id}/comment", body={"Content": text, "ContentType": "text/plain"})

    # bulk_assign is VendorBackend's, one If-Match PUT per ticket: RT's bulk endpoint takes no versions.
    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        reason = with_override(reason, override_reason)
        messages = self._put(ticket_id, version, {"Owner": assignee_id or NOBODY})
        if reason:
            self._comment(ticket_id, reason)
        after = self.ticket(ticket_id)
        if after.assignee_id != assignee_id:
            raise Rejected(f"RT did not give ticket {ticket_id} to {assignee_id or 'nobody'}: {'; '.join(messages)}",
                           messages=messages, code="rt_rejected")
        return after

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        require_reason(reason)
        before = self.ticket(ticket_id) if queue_id is not None else None
        body: dict[str, Any] = {}
        if priority is not None:
            body["Priority"] = PRIORITY_VALUE[priority]
        if queue_id is not None:
            body["Queue"] = queue_id
        messages = self._put(ticket_id, version, body) if body else []
        self._comment(ticket_id, f"Escalated: {reason}")
        after = self.ticket(ticket_id)
        wrong = []
        if priority is not None and after.priority != priority:
            wrong.append(f"priority is {after.priority}, not {priority}")
        if queue_id is not None and after.queue_id != queue_id and self._queue_ids.get(queue_id) != after.queue_id:
            wrong.append(f"it is still in queue {after.queue_id}")
        if before is not None and before.assignee_id and after.assignee_id is None:
            wrong.append(f"RT removed its owner {before.assignee_id} (they may not own tickets in the new queue)")
        if wrong:
            raise Rejected(f"Escalating ticket {ticket_id} in RT went wrong: {'; '.join(wrong)}",
                           messages=messages, code="rt_rejected")
        return after

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        raise NotAvailable("Request Tracker has no agent states", capability=Capability.SET_AGENT_STATE)

    # ---------------------------------------------------------------- transcripts and reviews
    def _attachments(self, ticket_id: int) -> list[dict[str, Any]]:
        """The ticket's text attachments, each with its transaction's ``Type`` and ``TxnId``."""
        kinds = {str(t["id"]): str(t.get("Type", ""))
                 for t in self._pages(f"/ticket/{ticket_id}/history", {"fields": "Type"})}
        found = []
        for att in self._pages(f"/ticket/{ticket_id}/attachments", {
                "fields": "ContentType,Content,Created,Creator,TransactionId"}):
            txn = str(att.get("TransactionId") or "")
            if str(att.get("ContentType", "")).startswith("text/plain") and att.get("Content"):
                found.append({**att, "Type": kinds.get(txn, ""), "TxnId": int(txn or 0)})
        return found

    def _transcript(self, ticket: m.Ticket) -> m.Interaction:
        turns = []
        for att in self._attachments(ticket.id):
            kind = att["Type"]
            text = str(att["Content"])
            if kind not in ("Create", "Correspond", "Comment"):
                continue
            if MARKER in text:
                continue
            author = _ref(att.get("Creator")) or ""
            # the Create message is the customer's request, even when an agent typed it in for them
            speaker: m.Speaker = "customer" if kind == "Create" or author == ticket.requester.id else "agent"
            turns.append(m.Turn(speaker=speaker, at=_time(att.get("Created")) or ticket.created_at, text=text,
                                internal=kind == "Comment"))
        end = turns[-1].at if turns else ticket.updated_at
        due = ticket.resolution_due
        breached = due is not None and (ticket.solved_at or datetime.now(UTC)) > due
        return m.Interaction(id=ticket.id, ticket_id=ticket.id, channel="email", agent_id=ticket.assignee_id,
                             started_at=ticket.created_at, ended_at=end, language="en", turns=turns,
                             queue_id=ticket.queue_id, sla_breached=breached)

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """One interaction per ticket: its messages (the interaction id is the ticket id), newest ticket first;
        ``before_id`` pages through every ticket (RT searches by id)."""
        flt = flt or m.InteractionFilter()
        if flt.ticket_id is not None or ids is not None:
            chosen = self._tickets_of([flt.ticket_id] if flt.ticket_id is not None else ids or [])
            return keyset_page((i for i in map(self._transcript, chosen) if flt.matches(i)), before_id, limit)
        terms = [f"Owner = '{_quote(flt.agent_id)}'" if flt.agent_id else "id > 0"]
        if before_id is not None:
            terms.append(f"id < {int(before_id)}")
        items = list(self._pages("/tickets", {"query": " AND ".join(terms), "fields": TICKET_FIELDS, "orderby": "id",
                                              "order": "DESC"}, limit))
        return [i for i in (self._transcript(t) for t in self._tickets(items)) if flt.matches(i)]

    def recording(self, interaction_id: int) -> bytes:
        raise NotAvailable("Request Tracker keeps no call recordings", capability=Capability.RECORDINGS)

    def _review_notes(self, ticket_id: int) -> list[Note]:
        notes = []
        for att in self._attachments(ticket_id):
            if att["Type"] != "Comment":
                continue
            body = parse_note(str(att["Content"]))
            if body is not None:
                notes.append((att["TxnId"], ticket_id, _ref(att.get("Creator")) or "",
                              _time(att.get("Created")) or datetime.now(UTC), body))
        return notes

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        """Reviews from the review notes of one ticket, or of the tickets with the 500 most recent comments,
        newest first by id; ``before_id`` pages only within those."""
        if calibration_id is not None:
            return []  # no calibration sessions in RT
        if interaction_id is not None:
            tickets = [interaction_id]
        else:
            query = "ObjectType = 'RT::Ticket' AND Type = 'Comment'"
            tickets = sorted({int(t["ObjectId"]) for t in self._pages("/transactions", {
                "query": query, "fields": "ObjectId", "orderby": "id", "order": "DESC"}, limit=500)})
        found = [r for tid in tickets for r in fold_notes(self._review_notes(tid))]
        if reviewer_id is not None:
            found = [r for r in found if r.reviewer_id == reviewer_id]
        return keyset_page(found, before_id, limit)

    def _post_review_note(self, ticket: m.Ticket, text: str) -> None:
        self._comment(ticket.id, text)

    def _user_name(self, user_id: str) -> str | None:
        """An RT user's name from its id (history records owners by id); None for Nobody."""
        if not user_id:
            return None
        if user_id not in self._names:
            try:
                self._names[user_id] = str(self._json("GET", f"/user/{user_id}")[0]["Name"])
            except (NotFound, Forbidden):
                self._names[user_id] = user_id
        name = self._names[user_id]
        return None if name == NOBODY else name

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        """Owner, queue and priority changes from RT's history, newest first (``before_id``: older transactions)."""
        terms = ["ObjectType = 'RT::Ticket'", "Type = 'Set' OR Type = 'Give' OR Type = 'Take' OR Type = 'Steal'"]
        if ticket_id is not None:
            terms.append(f"ObjectId = {int(ticket_id)}")
        if since is not None:
            terms.append(f"Created >= '{_sql_time(since)}'")
        if before_id is not None:
            terms.append(f"id < {int(before_id)}")
        query = " AND ".join(f"({t})" for t in terms)
        entries: list[m.AuditEntry] = []
        for txn in self._pages("/transactions", {"query": query, "orderby": "id", "order": "DESC",
                                                 "fields": "ObjectId,Field,OldValue,NewValue,Created,Creator"}):
            entry = _audit_entry(txn, str(txn.get("Field") or ""), self._user_name)
            if entry is not None and audit_matches(entry, actor_id=actor_id, agent_id=agent_id, action=action,
                                                   since=since, until=until):
                entries.append(entry)
                if len(entries) >= limit:
                    break
        return entries


def _audit_entry(txn: dict[str, Any], field: str, user_name: Callable[[str], str | None]) -> m.AuditEntry | None:
    base = m.AuditEntry(id=int(txn["id"]), at=_time(txn.get("Created")) or datetime.now(UTC),
                        actor_id=_ref(txn.get("Creator")) or "", ticket_id=int(txn["ObjectId"]), action="escalate")
    old, new = txn.get("OldValue"), txn.get("NewValue")
    if field == "Owner":
        return msgspec.structs.replace(base, action="assign", from_assignee=user_name(str(old or "")),
                                       to_assignee=user_name(str(new or "")))
    if field == "Queue":
        return msgspec.structs.replace(base, from_queue=str(old), to_queue=str(new))
    if field == "Priority":
        return msgspec.structs.replace(base, from_priority=priority_of(old), to_priority=priority_of(new))
    return None


def _activity(acted: datetime | None, now: datetime) -> m.AgentState:
    """An RT agent's state: available while they acted within ``ACTIVE_S``, else offline (RT has no presence)."""
    return "available" if acted is not None and (now - acted).total_seconds() <= ACTIVE_S else "offline"


def _quote(value: str) -> str:
    """A value for a single-quoted TicketSQL string."""
    return value.replace("\\", "\\\\").replace("'", "\\'")


__all__ = ["Rejected", "RtBackend"]
