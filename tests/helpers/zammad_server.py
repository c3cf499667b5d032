"""A local stand-in for Zammad's REST API (``/api/v1``), a real HTTP server (Starlette under uvicorn, on a thread)
answering with the payload shapes of Zammad's own API documentation (docs.zammad.org, source
zammad/zammad-documentation at ca3d14b, 2026-05-04); each shape names its page below.

What it enforces, as Zammad does: the access token (``Authorization: Token token=...``, else 401), page sizes
clamped to Zammad's caps (100 on lists, 200 on search: asking for more silently gets fewer, so a client that
asks for more loses tickets), ``updated_at`` moving on every change (a ticket update, a new article), owners only
in groups they may work in. Errors are Zammad's ``{"error", "error_human"}`` bodies
(zammad/zammad ``app/controllers/application_controller/handles_errors.rb``; the docs show ``"error": ...`` on the
Group, State and Priority pages). Search understands the few forms the adapter sends (``field:value``,
``field:(a OR b)``, ``field:>=value``, ``field:<value``, ``AND``, ``OR``, ``*``) and refuses the rest with 422,
so a drifting query fails a test instead of matching nothing.

Every request is recorded (method, path, query) so tests can check what the adapter asks for.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.helpers.threaded_asgi import ThreadedAsgi

TOKEN = "zammad-token-of-chris"
LIST_CAP = 100  # /tickets, /groups (zammad/zammad tickets_controller.rb: paginate_with(max: 100))
SEARCH_CAP = 200  # /tickets/search, /users/search (model_search_render: paginate_with(max: 200, default: 50))
NOBODY = 1

# https://docs.zammad.org/en/latest/api/ticket/states.html (List): the seven default states.
STATES = [
    {"id": 1, "state_type_id": 1, "name": "new", "next_state_id": None, "ignore_escalation": False,
     "default_create": True, "default_follow_up": False, "note": None, "active": True},
    {"id": 2, "state_type_id": 2, "name": "open", "next_state_id": None, "ignore_escalation": False,
     "default_create": False, "default_follow_up": True, "note": None, "active": True},
    {"id": 3, "state_type_id": 3, "name": "pending reminder", "next_state_id": None, "ignore_escalation": True,
     "default_create": False, "default_follow_up": False, "note": None, "active": True},
    {"id": 4, "state_type_id": 5, "name": "closed", "next_state_id": None, "ignore_escalation": True,
     "default_create": False, "default_follow_up": False, "note": None, "active": True},
    {"id": 5, "state_type_id": 6, "name": "merged", "next_state_id": None, "ignore_escalation": True,
     "default_create": False, "default_follow_up": False, "note": None, "active": True},
    {"id": 6, "state_type_id": 7, "name": "removed", "next_state_id": None, "ignore_escalation": True,
     "default_create": False, "default_follow_up": False, "note": None, "active": True},
    {"id": 7, "state_type_id": 4, "name": "pending close", "next_state_id": 4, "ignore_escalation": True,
     "default_create": False, "default_follow_up": False, "note": None, "active": True},
]
# https://docs.zammad.org/en/latest/api/ticket/priorities.html (List): Zammad has three by default, no "urgent".
PRIORITIES = [
    {"id": 1, "name": "1 low", "default_create": False, "ui_icon": "low-priority", "ui_color": "low-priority",
     "note": None, "active": True},
    {"id": 2, "name": "2 normal", "default_create": True, "ui_icon": None, "ui_color": None, "note": None,
     "active": True},
    {"id": 3, "name": "3 high", "default_create": False, "ui_icon": "important", "ui_color": "high-priority",
     "note": None, "active": True},
]
# https://docs.zammad.org/en/latest/api/group.html (List)
GROUPS = [
    {"id": 1, "signature_id": 1, "email_address_id": None, "name": "Sales", "assignment_timeout": None,
     "follow_up_possible": "yes", "follow_up_assignment": True, "active": True,
     "note": "Standard Group/Pool for Tickets.", "user_ids": [3, 4, 5]},
    {"id": 2, "signature_id": None, "email_address_id": None, "name": "2nd Level", "assignment_timeout": None,
     "follow_up_possible": "yes", "follow_up_assignment": True, "active": True, "note": None, "user_ids": [3, 4]},
    {"id": 3, "signature_id": None, "email_address_id": None, "name": "Service Desk", "assignment_timeout": None,
     "follow_up_possible": "yes", "follow_up_assignment": True, "active": True, "note": None, "user_ids": [3, 5]},
]


def user(uid: int, login: str, first: str, last: str, roles: list[str], groups: list[int],
         **kw: Any) -> dict[str, Any]:
    """A user as in https://docs.zammad.org/en/latest/api/intro.html ("User payload", ``?expand=true``)."""
    names = {g["id"]: g["name"] for g in GROUPS}
    base = {"login_failed": 0, "last_login": "2025-06-30T11:45:19.503Z", "updated_by_id": 1, "id": uid,
            "organization_id": 2, "login": login, "firstname": first, "lastname": last, "email": login,
            "image": None, "image_source": None, "web": "", "phone": "", "fax": "", "mobile": "", "department": None,
            "street": "", "zip": "", "city": "", "country": "", "address": None, "vip": False, "verified": False,
            "active": True, "note": "", "source": None, "out_of_office": False, "out_of_office_start_at": None,
            "out_of_office_end_at": None, "out_of_office_replacement_id": None, "preferences": {"locale": "de-de"},
            "created_by_id": 1, "created_at": "2025-06-24T10:46:48.487Z", "updated_at": "2025-06-30T11:45:19.549Z",
            "role_ids": [{"Admin": 1, "Agent": 2, "Customer": 3}[r] for r in roles],
            "two_factor_preference_ids": [], "organization_ids": [], "authorization_ids": [],
            "overview_sorting_ids": [], "group_ids": {str(g): ["full"] for g in groups}, "roles": roles,
            "two_factor_preferences": [], "organizations": [], "authorizations": [], "overview_sortings": [],
            "organization": "Chrispresso Inc.", "groups": {names[g]: ["full"] for g in groups},
            "created_by": "-", "updated_by": "-"}
    return {**base, **kw}


def iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class QueryError(ValueError):
    """A search the stand-in does not understand."""


_ATOM = re.compile(r"^(?P<field>[a-z_.]+):(?P<value>.+)$")


def _split(text: str, word: str) -> list[str]:
    """``text`` split on `` word `` outside parentheses."""
    parts, depth, start, i = [], 0, 0, 0
    sep = f" {word} "
    while i < len(text):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
            i = start
            continue
        i += 1
    return [*parts, text[start:]]


def matcher(query: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate over raw tickets for the query forms the adapter sends; QueryError for anything else."""
    query = query.strip()
    if query == "*":
        return lambda _t: True
    disjuncts = [[_atom(a.strip()) for a in _split(d.strip(), "AND")] for d in _split(query, "OR")]
    return lambda t: any(all(test(t) for test in atoms) for atoms in disjuncts)


def _atom(text: str) -> Callable[[dict[str, Any]], bool]:
    match = _ATOM.match(text)
    if match is None:
        raise QueryError(f"cannot read {text!r}")
    field, value = match["field"], match["value"].replace("\\:", ":")
    if field not in ("id", "state_id", "owner_id", "group_id", "priority_id", "customer_id", "updated_at"):
        raise QueryError(f"unknown field {field!r}")

    def of(t: dict[str, Any]) -> Any:
        return parse(t[field]) if field == "updated_at" else t[field]

    def cast(v: str) -> Any:
        return parse(v) if field == "updated_at" else int(v)

    if value.startswith("(") and value.endswith(")"):
        wanted = {cast(v.strip()) for v in _split(value[1:-1], "OR")}
        return lambda t: of(t) in wanted
    for op, test in ((">=", lambda a, b: a >= b), ("<=", lambda a, b: a <= b), (">", lambda a, b: a > b),
                     ("<", lambda a, b: a < b)):
        if value.startswith(op):
            bound = cast(value[len(op):])
            return lambda t, test=test, bound=bound: test(of(t), bound)
    exact = cast(value)
    return lambda t: of(t) == exact


class ZammadServer:
    """The stand-in's state; ``with ZammadServer() as z:`` serves it on ``z.url``."""

    def __init__(self) -> None:
        self.lock = threading.RLock()  # handlers add articles under it
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        self.forbid: set[str] = set()  # paths answered 403 (e.g. /api/v1/groups for an agent without admin.group)
        self.throttle_next = 0  # answer this many requests 429 (a proxy in front of Zammad)
        # https://docs.zammad.org/en/latest/api/user.html (Me, List) and intro.html ("User payload")
        self.users = {
            3: user(3, "chris@chrispresso.com", "Christopher", "Miller", ["Admin", "Agent"], [1, 2, 3]),
            4: user(4, "jacob@chrispresso.com", "Jacob", "Smith", ["Agent"], [1, 2]),
            5: user(5, "emma@chrispresso.com", "Emma", "Taylor", ["Agent"], [1, 3], out_of_office=True),
            6: user(6, "olivia@chrispresso.com", "Olivia", "Brown", ["Agent"], [1], active=False),
            7: user(7, "samuel@example.com", "Samuel", "Lee", ["Customer"], [], organization="Awesome Customer Inc."),
        }
        self.tickets: dict[int, dict[str, Any]] = {}
        self.articles: dict[int, dict[str, Any]] = {}
        self._next_ticket = 1
        self._next_article = 1
        self._http = ThreadedAsgi(self._app(), "Zammad")
        self.url = ""

    def __enter__(self) -> ZammadServer:
        self.url = self._http.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.stop()

    # ------------------------------------------------------------ what tests set up and look at
    def add_ticket(self, title: str = "Order 787556", *, group_id: int = 1, owner_id: int = NOBODY, state_id: int = 1,
                   priority_id: int = 2, customer_id: int = 7, article_type: str = "email",
                   created_at: datetime | None = None, **fields: Any) -> int:
        """A ticket as in https://docs.zammad.org/en/latest/api/intro.html ("Ticket payload", ``?expand=true``),
        with its first article from the customer."""
        with self.lock:
            tid = self._next_ticket
            self._next_ticket += 1
            created = created_at or datetime.now(UTC)
            self.tickets[tid] = {
                "id": tid, "group_id": group_id, "priority_id": priority_id, "state_id": state_id,
                "organization_id": 3, "number": str(53000 + tid), "title": title, "owner_id": owner_id,
                "customer_id": customer_id, "note": None, "first_response_at": None,
                "first_response_escalation_at": None, "first_response_in_min": None,
                "first_response_diff_in_min": None, "close_at": None, "close_escalation_at": None,
                "close_in_min": None, "close_diff_in_min": None, "update_escalation_at": None, "update_in_min": None,
                "update_diff_in_min": None, "last_close_at": None, "last_contact_at": iso(created),
                "last_contact_agent_at": None, "last_contact_customer_at": iso(created),
                "last_owner_update_at": None, "create_article_type_id": 1, "create_article_sender_id": 2,
                "article_count": 0, "escalation_at": None, "pending_time": None, "type": None, "time_unit": None,
                "preferences": {}, "updated_by_id": customer_id, "created_by_id": customer_id,
                "created_at": iso(created), "updated_at": iso(created), "checklist_id": None,
                "referencing_checklist_ids": [], "article_ids": [], "ticket_time_accounting_ids": [],
                "create_article_type": article_type, "create_article_sender": "Customer", **fields}
        self.add_article(tid, "Hi,<br>\n<br>\n<u>please send me:</u><br>\n1 x Café Kopi susu", sender="Customer",
                         type_=article_type, content_type="text/html", by=customer_id, at=created)
        return tid

    def add_article(self, ticket_id: int, body: str, *, sender: str = "Agent", internal: bool = False,
                    type_: str = "email", content_type: str = "text/plain", by: int = 3,
                    at: datetime | None = None) -> dict[str, Any]:
        """An article as in https://docs.zammad.org/en/latest/api/ticket/articles.html (List Articles by Ticket);
        it moves the ticket's ``updated_at``, and an agent's public one is the first response."""
        with self.lock:
            now = at or datetime.now(UTC)
            aid = self._next_article
            self._next_article += 1
            author = self.users.get(by, {}).get("login", "-")
            article = {"id": aid, "ticket_id": ticket_id, "type_id": 1, "sender_id": 1 if sender == "Agent" else 2,
                       "from": author, "to": None, "cc": None, "subject": None, "reply_to": None,
                       "message_id": None, "message_id_md5": None, "in_reply_to": None, "content_type": content_type,
                       "references": None, "body": body, "internal": internal, "preferences": {},
                       "updated_by_id": by, "created_by_id": by, "origin_by_id": None, "created_at": iso(now),
                       "updated_at": iso(now), "attachments": [], "type": type_, "sender": sender,
                       "created_by": author, "updated_by": author, "time_unit": None}
            self.articles[aid] = article
            t = self.tickets[ticket_id]
            t["article_ids"] = [*t["article_ids"], aid]
            t["article_count"] = len(t["article_ids"])
            if sender == "Agent" and not internal and t["first_response_at"] is None:
                t["first_response_at"] = iso(now)
            self._touch(t, by, now)
            return article

    def edit(self, ticket_id: int, **fields: Any) -> None:
        """Someone else changes a ticket in Zammad (its ``updated_at`` moves)."""
        with self.lock:
            t = self.tickets[ticket_id]
            t.update(fields)
            self._touch(t, 4)

    def paths(self, prefix: str) -> list[tuple[str, dict[str, list[str]]]]:
        with self.lock:
            return [(p, q) for _, p, q in self.requests if p.startswith(prefix)]

    def _touch(self, t: dict[str, Any], by: int, at: datetime | None = None) -> None:
        now = at or datetime.now(UTC)
        if now <= parse(t["updated_at"]):  # it always moves, by a millisecond at least
            now = parse(t["updated_at"]) + timedelta(milliseconds=1)
        t["updated_at"], t["updated_by_id"] = iso(now), by

    def _expanded(self, t: dict[str, Any]) -> dict[str, Any]:
        """https://docs.zammad.org/en/latest/api/intro.html ("Ticket payload", ``?expand=true``): names beside ids."""
        names = {g["id"]: g["name"] for g in GROUPS}
        return {**t, "group": names.get(t["group_id"]), "state": STATES[t["state_id"] - 1]["name"],
                "priority": PRIORITIES[t["priority_id"] - 1]["name"],
                "owner": "-" if t["owner_id"] == NOBODY else self.users[t["owner_id"]]["login"],
                "customer": self.users[t["customer_id"]]["login"], "organization": "Awesome Customer Inc.",
                "created_by": self.users[t["created_by_id"]]["login"],
                "updated_by": self.users.get(t["updated_by_id"], {}).get("login", "-")}

    # ------------------------------------------------------------ HTTP
    def _app(self) -> Starlette:
        api = "/api/v1"
        return Starlette(routes=[
            Route(f"{api}/users/me", self._guard(self.me)),
            Route(f"{api}/users/search", self._guard(self.user_search)),
            Route(f"{api}/ticket_states", self._guard(lambda _r: JSONResponse(STATES))),
            Route(f"{api}/ticket_priorities", self._guard(lambda _r: JSONResponse(PRIORITIES))),
            Route(f"{api}/groups", self._guard(self.groups)),
            Route(f"{api}/tickets/search", self._guard(self.search)),
            Route(f"{api}/tickets/{{tid:int}}", self._guard(self.ticket), methods=["GET", "PUT"]),
            Route(f"{api}/ticket_articles/by_ticket/{{tid:int}}", self._guard(self.by_ticket)),
            Route(f"{api}/ticket_articles", self._guard(self.new_article), methods=["POST"]),
        ])

    def _guard(self, handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def run(request: Request) -> Response:
            with self.lock:
                self.requests.append((request.method, request.url.path,
                                      {k: request.query_params.getlist(k) for k in request.query_params}))
                throttled = self.throttle_next > 0
                self.throttle_next -= 1 if throttled else 0
            if throttled:  # a proxy's answer, not Zammad's (Zammad has no REST rate limit)
                return Response("<html><body>429 Too Many Requests</body></html>", status_code=429,
                                headers={"Retry-After": "1"}, media_type="text/html")
            if request.headers.get("authorization") != f"Token token={TOKEN}":
                return error(401, "Invalid token!")
            if request.url.path in self.forbid:
                return error(403, "Not authorized")
            body = await request.json() if request.method in ("PUT", "POST") else None
            with self.lock:
                return handler(request) if body is None else handler_with_body(handler, request, body)

        return run

    def me(self, _request: Request) -> Response:
        return JSONResponse(self.users[3])

    def _page(self, request: Request, items: list[Any], cap: int) -> list[Any]:
        """Zammad's pagination: ``page`` from 1, ``per_page`` clamped to ``cap`` (default 50)."""
        page = max(1, int(request.query_params.get("page", "1")))
        size = min(cap, max(1, int(request.query_params.get("per_page", "50"))))
        return items[(page - 1) * size:page * size]

    def groups(self, request: Request) -> Response:
        return JSONResponse(self._page(request, GROUPS, LIST_CAP))

    def user_search(self, request: Request) -> Response:
        wanted = request.query_params.getlist("permissions[]")
        found = [u for u in self.users.values()
                 if "ticket.agent" not in wanted or {"Admin", "Agent"} & set(u["roles"])]
        return JSONResponse(self._page(request, sorted(found, key=lambda u: u["id"]), SEARCH_CAP))

    def search(self, request: Request) -> Response:
        """https://docs.zammad.org/en/latest/api/intro.html (Search via API, Sorting Search Results)."""
        try:
            test = matcher(request.query_params.get("query", ""))
        except QueryError as exc:
            return error(422, f"Invalid search query: {exc}")
        key = request.query_params.get("sort_by", "id")
        found = sorted((t for t in self.tickets.values() if test(t)), key=lambda t: (t[key], t["id"]),
                       reverse=request.query_params.get("order_by") == "desc")
        page = self._page(request, found, SEARCH_CAP)
        return JSONResponse([self._expanded(t) for t in page])

    def ticket(self, request: Request, body: dict[str, Any] | None = None) -> Response:
        """https://docs.zammad.org/en/latest/api/ticket/index.html (Show, Update)."""
        tid = request.path_params["tid"]
        t = self.tickets.get(tid)
        if t is None:
            return error(404, f"Couldn't find Ticket with 'id'={tid}")
        if body is None:
            return JSONResponse(self._expanded(t))
        changes = {k: body[k] for k in ("owner_id", "group_id", "priority_id", "state_id", "title") if k in body}
        group = changes.get("group_id", t["group_id"])
        owner = changes.get("owner_id", t["owner_id"])
        if group not in {g["id"] for g in GROUPS} or changes.get("priority_id", 2) not in (1, 2, 3):
            return error(422, "Invalid value for param 'group_id' or 'priority_id'")
        if owner != NOBODY and str(group) not in self.users.get(owner, {}).get("group_ids", {}):
            if "owner_id" in changes:  # an owner asked for who may not work in the group
                return error(422, f"Invalid value for param 'owner_id': {owner} has no access to group {group}")
            changes["owner_id"] = NOBODY  # moved to a group its owner may not work in: the owner is reset
        t.update(changes)
        self._touch(t, 3)
        article = body.get("article")
        if isinstance(article, dict) and article.get("body"):
            self.add_article(tid, str(article["body"]), internal=bool(article.get("internal")),
                             type_=str(article.get("type") or "note"),
                             content_type=str(article.get("content_type") or "text/html"))
        return JSONResponse(self._expanded(t))

    def by_ticket(self, request: Request) -> Response:
        """https://docs.zammad.org/en/latest/api/ticket/articles.html (List Articles by Ticket)."""
        tid = request.path_params["tid"]
        if tid not in self.tickets:
            return error(404, f"Couldn't find Ticket with 'id'={tid}")
        return JSONResponse([a for a in self.articles.values() if a["ticket_id"] == tid])

    def new_article(self, _request: Request, body: dict[str, Any] | None = None) -> Response:
        """https://docs.zammad.org/en/latest/api/ticket/articles.html (Create): 201 with the article."""
        body = body or {}
        if body.get("ticket_id") not in self.tickets or not body.get("body"):
            return error(422, "Attribute 'ticket_id' or 'body' required!")
        article = self.add_article(int(body["ticket_id"]), str(body["body"]), internal=bool(body.get("internal")),
                                   sender=str(body.get("sender") or "Agent"), type_=str(body.get("type") or "note"),
                                   content_type=str(body.get("content_type") or "text/html"))
        return JSONResponse(article, status_code=201)


def handler_with_body(handler: Callable[..., Response], request: Request, body: Any) -> Response:
    return handler(request, body if isinstance(body, dict) else {})


def error(status: int, message: str) -> JSONResponse:
    """Zammad's error body (handles_errors.rb ``humanize_error``: ``error_human`` beside ``error``)."""
    return JSONResponse({"error": message, "error_human": message}, status_code=status)
