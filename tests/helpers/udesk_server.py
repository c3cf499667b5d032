"""A local stand-in for Udesk's Open API v2 (``/open_api_v1``), a real HTTP server (Starlette under uvicorn, on a
thread) answering with the payload shapes of Udesk's documentation; each shape names its page below.

What it enforces, as the documentation says Udesk does (https://www.udesk.cn/doc/apiv2/intro/): the signature on
every request (``email``, ``timestamp``, ``nonce``, ``sign_version=v2``, ``sign = SHA256(email&token&timestamp&
nonce&v2)``), a nonce used once only (within 15 minutes), and at most ``calls`` calls in any ``per_s`` seconds
(60 a minute by default). Its own choices, where the pages reachable here say nothing: a timestamp more than
five minutes from its clock is refused (the five minutes of Udesk's robot API), refusals are HTTP 401 (signature)
/ 404 / 422 / 429 with a ``{"code", "message"}`` body, and ``updated_at`` (seconds) moves by a second at least on
every change. Endpoints not in the pages reachable (ticket detail, update, replies) follow public client code:
``GET /tickets/detail?id=``, ``PUT /tickets/:id`` with ``{"ticket": {...}}``, ``GET|POST /tickets/:id/replies``.

Every request is recorded (method, path, query) so tests can check what the adapter asks for.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.helpers.threaded_asgi import ThreadedAsgi

ADMIN = "admin@chrispresso.cn"
TOKEN = "2d931510-d99f-494a-8c67-87feb05e1594"  # an Open API token (the docs' examples use a UUID)
PAGE_CAP = 100  # per_page's maximum on every list
NONCE_S = 15 * 60  # a nonce may be used once within 15 minutes
SKEW_S = 300  # the stand-in's tolerance for the timestamp
CHINA = timezone(timedelta(hours=8))

# https://www.udesk.cn/doc/apiv2/user_groups/ (获取客服组列表): id, name, agents [{id, nick_name}]
GROUPS = [{"id": 11, "name": "售后1组"}, {"id": 12, "name": "技术支持"}, {"id": 13, "name": "投诉"}]


def agent(aid: int, email: str, nick: str, groups: list[int], **kw: Any) -> dict[str, Any]:
    """An agent as in https://www.udesk.cn/doc/apiv2/agents/ (获取客服列表, 客服数据)."""
    return {"id": aid, "email": email, "nick_name": nick, "profile": "all", "aliase": nick, "cellphone": "",
            "role_name": "客服", "duty": "", "im_ability_value": 0, "user_group_ids": groups, "avatar": "",
            "work_id": str(1000 + aid), "lang": "zh-cn", **kw}


def stamp(at: datetime) -> str:
    """Udesk's time form (https://www.udesk.cn/doc/apiv1/tickets/ example: ``2016-07-28 20:44:08 +0800``)."""
    return at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M:%S %z")


def parse(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def sign(email: str, token: str, timestamp: str, nonce: str, version: str) -> str:
    return hashlib.sha256(f"{email}&{token}&{timestamp}&{nonce}&{version}".encode()).hexdigest()


class UdeskServer:
    """The stand-in's state; ``with UdeskServer() as u:`` serves it on ``u.url``."""

    def __init__(self, calls: int = 60, per_s: float = 60.0) -> None:
        self.calls, self.per_s = calls, per_s
        self.lock = threading.RLock()
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        self.refused: list[tuple[int, str]] = []  # (status, message) of every refusal
        self._window: deque[float] = deque()  # arrival times of the calls in the last per_s seconds
        self._nonces: dict[str, float] = {}
        self.code_next: tuple[int, str] | None = None  # answer the next call HTTP 200 with this code and message
        self.agents = {
            1: agent(1, ADMIN, "陈超管", [11, 12, 13]),
            2: agent(2, "li.na@chrispresso.cn", "李娜", [11, 12], im_ability_value=6),
            3: agent(3, "wang.wei@chrispresso.cn", "王伟", [12]),
        }
        self.tickets: dict[int, dict[str, Any]] = {}
        self.replies: dict[int, dict[str, Any]] = {}
        self._next_ticket, self._next_reply = 1, 1
        self._http = ThreadedAsgi(self._app(), "Udesk")
        self.url = ""

    def __enter__(self) -> UdeskServer:
        self.url = self._http.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.stop()

    # ------------------------------------------------------------ what tests set up and look at
    def add_ticket(self, subject: str = "订单 787556 未发货", *, group_id: int = 11, assignee_id: int | None = None,
                   status_id: int = 1, priority_id: int = 3, platform: str = "wechat",
                   created_at: datetime | None = None) -> int:
        """A ticket as in https://www.udesk.cn/doc/apiv2/tickets/ (status_id, priority_id, platform), with the
        customer's first message as its first reply."""
        with self.lock:
            tid = self._next_ticket
            self._next_ticket += 1
            created = created_at or datetime.now(UTC)
            self.tickets[tid] = {
                "id": tid, "field_num": f"T{20260000 + tid}", "subject": subject, "content": "我的订单还没发货",
                "user_id": 501, "user_name": "张先生", "organization_id": None, "assignee_id": assignee_id,
                "assignee_name": self.agents[assignee_id]["nick_name"] if assignee_id else None,
                "user_group_id": group_id, "user_group_name": self._group(group_id)["name"],
                "status": {1: "开启", 2: "已解决", 3: "已关闭", 4: "解决中"}[status_id], "status_id": status_id,
                "priority": {1: "紧急", 2: "高", 3: "标准", 4: "低"}[priority_id], "priority_id": priority_id,
                "platform": platform, "tags": "", "custom_fields": {},
                "created_at": stamp(created), "updated_at": stamp(created)}
        self.add_reply(tid, "我的订单还没发货,请帮忙查一下。", user_type="customer", at=created)
        return tid

    def add_reply(self, ticket_id: int, content: str, *, user_type: str = "agent", type_: str = "external",
                  by: int = 1, at: datetime | None = None) -> dict[str, Any]:
        """A reply as the replies list gives it (``author.user_type``); it moves the ticket's ``updated_at``."""
        with self.lock:
            rid = self._next_reply
            self._next_reply += 1
            author = ({"id": 501, "nick_name": "张先生", "user_type": "customer"} if user_type == "customer" else
                      {"id": by, "nick_name": self.agents[by]["nick_name"], "user_type": "agent"})
            reply = {"id": rid, "ticket_id": ticket_id, "content": content, "content_type": "text", "type": type_,
                     "author": author, "created_at": stamp(at or datetime.now(UTC))}
            self.replies[rid] = reply
            self._touch(self.tickets[ticket_id], at)
            return reply

    def edit(self, ticket_id: int, **fields: Any) -> None:
        """Someone changes a ticket in Udesk (its ``updated_at`` moves)."""
        with self.lock:
            t = self.tickets[ticket_id]
            t.update(fields)
            self._touch(t)

    def spend(self, n: int) -> None:
        """Another program on the account makes ``n`` calls now."""
        with self.lock:
            self._window.extend([time.monotonic()] * n)

    def paths(self, prefix: str) -> list[tuple[str, dict[str, list[str]]]]:
        with self.lock:
            return [(p, q) for _, p, q in self.requests if p.startswith(prefix)]

    def _group(self, gid: int) -> dict[str, Any]:
        return next(g for g in GROUPS if g["id"] == gid)

    def _touch(self, t: dict[str, Any], at: datetime | None = None) -> None:
        now = (at or datetime.now(UTC)).replace(microsecond=0)
        if now <= parse(t["updated_at"]):  # Udesk's times are seconds: the stand-in moves it by one at least
            now = parse(t["updated_at"]) + timedelta(seconds=1)
        t["updated_at"] = stamp(now)

    # ------------------------------------------------------------ HTTP
    def _app(self) -> Starlette:
        api = "/open_api_v1"
        return Starlette(routes=[
            Route(f"{api}/user_groups", self._guard(self.user_groups)),
            Route(f"{api}/agents", self._guard(self.agent_list)),
            Route(f"{api}/tickets", self._guard(self.ticket_list)),
            Route(f"{api}/tickets/detail", self._guard(self.detail)),
            Route(f"{api}/tickets/{{tid:int}}", self._guard(self.update), methods=["PUT"]),
            Route(f"{api}/tickets/{{tid:int}}/replies", self._guard(self.ticket_replies), methods=["GET", "POST"]),
        ])

    def _refuse(self, status: int, message: str, **headers: str) -> JSONResponse:
        self.refused.append((status, message))
        return JSONResponse({"code": status, "message": message}, status_code=status, headers=headers)

    def _check(self, request: Request) -> JSONResponse | None:
        """The budget, then the signature (https://www.udesk.cn/doc/apiv2/intro/, 调用限制 and 鉴权方法)."""
        now = time.monotonic()
        while self._window and self._window[0] <= now - self.per_s:
            self._window.popleft()
        self._window.append(now)
        if len(self._window) > self.calls:
            retry = self._window[-self.calls - 1] + self.per_s - now
            return self._refuse(429, "请求过于频繁", **{"Retry-After": str(max(1, round(retry)))})
        q = request.query_params
        email, ts, nonce = q.get("email", ""), q.get("timestamp", ""), q.get("nonce", "")
        signed = q.get("sign_version") == "v2" and email == ADMIN and bool(nonce)
        if not signed or q.get("sign") != sign(email, TOKEN, ts, nonce, "v2"):
            return self._refuse(401, "签名错误")
        if not ts.isdigit() or abs(time.time() - int(ts)) > SKEW_S:
            return self._refuse(401, "时间戳已过期")
        wall = time.time()
        self._nonces = {n: at for n, at in self._nonces.items() if at > wall - NONCE_S}
        if nonce in self._nonces:
            return self._refuse(401, "nonce 已被使用")
        self._nonces[nonce] = wall
        return None

    def _guard(self, handler: Callable[..., Response]) -> Callable[[Request], Any]:
        async def run(request: Request) -> Response:
            body = await request.json() if request.method in ("PUT", "POST") else None
            with self.lock:
                self.requests.append((request.method, request.url.path,
                                      {k: request.query_params.getlist(k) for k in request.query_params}))
                refusal = self._check(request)
                if refusal is not None:
                    return refusal
                if self.code_next is not None:
                    (code, message), self.code_next = self.code_next, None
                    return JSONResponse({"code": code, "message": message})
                return handler(request) if body is None else handler(request, body if isinstance(body, dict) else {})

        return run

    def _page(self, request: Request, key: str, items: list[Any]) -> JSONResponse:
        """A list with ``meta`` (https://www.udesk.cn/doc/apiv2/tickets/, 返回值中关于分页的说明)."""
        page = max(1, int(request.query_params.get("page", "1")))
        size = min(PAGE_CAP, max(1, int(request.query_params.get("per_page", "20"))))
        pages = max(1, -(-len(items) // size))
        return JSONResponse({"code": 1000, key: items[(page - 1) * size:page * size],
                             "meta": {"current_page": page, "total_pages": pages, "total_count": len(items)}})

    def user_groups(self, request: Request) -> Response:
        """https://www.udesk.cn/doc/apiv2/user_groups/ (获取客服组列表)."""
        groups = [{**g, "agents": [{"id": a["id"], "nick_name": a["nick_name"]} for a in self.agents.values()
                                   if g["id"] in a["user_group_ids"]]} for g in GROUPS]
        return self._page(request, "user_groups", groups)

    def agent_list(self, request: Request) -> Response:
        """https://www.udesk.cn/doc/apiv2/agents/ (获取客服列表)."""
        return self._page(request, "agents", list(self.agents.values()))

    def ticket_list(self, request: Request) -> Response:
        """https://www.udesk.cn/doc/apiv2/tickets/ (工单列表: ``tickets`` with ``meta``), newest first."""
        return self._page(request, "tickets", sorted(self.tickets.values(), key=lambda t: -t["id"]))

    def detail(self, request: Request) -> Response:
        """``GET /tickets/detail?id=`` -> ``{"code": 1000, "ticket": {...}}`` (public client code)."""
        t = self.tickets.get(int(request.query_params.get("id") or 0))
        if t is None:
            return self._refuse(404, "工单不存在")
        return JSONResponse({"code": 1000, "ticket": t})

    def update(self, request: Request, body: dict[str, Any]) -> Response:
        """``PUT /tickets/:id`` with ``{"ticket": {...}}`` -> ``{"code": 1000, "ticket": {...}}`` (public client code);
        fields as the documented create names them (``assignee_email``, ``agent_group_name``) and ``priority_id``."""
        t = self.tickets.get(request.path_params["tid"])
        if t is None:
            return self._refuse(404, "工单不存在")
        fields = body.get("ticket") or {}
        changes: dict[str, Any] = {}
        if "assignee_email" in fields:
            a = next((a for a in self.agents.values() if a["email"] == fields["assignee_email"]), None)
            if fields["assignee_email"] and a is None:
                return self._refuse(422, "受理客服不存在")
            changes |= {"assignee_id": a["id"] if a else None, "assignee_name": a["nick_name"] if a else None}
        if "agent_group_name" in fields:
            g = next((g for g in GROUPS if g["name"] == fields["agent_group_name"]), None)
            if g is None:
                return self._refuse(422, "受理客服组不存在")
            changes |= {"user_group_id": g["id"], "user_group_name": g["name"]}
        if "priority_id" in fields:
            if fields["priority_id"] not in (1, 2, 3, 4):
                return self._refuse(422, "优先级不存在")
            changes["priority_id"] = fields["priority_id"]
        t.update(changes)
        self._touch(t)
        return JSONResponse({"code": 1000, "ticket": t})

    def ticket_replies(self, request: Request, body: dict[str, Any] | None = None) -> Response:
        """``GET /tickets/:id/replies`` -> ``{"code": 1000, "replies": [...]}``; POST ``{"reply": {"content",
        "type"}}`` adds one (public client code reads ``replies[].author.user_type``)."""
        tid = request.path_params["tid"]
        if tid not in self.tickets:
            return self._refuse(404, "工单不存在")
        if body is None:
            return JSONResponse({"code": 1000, "replies": [r for r in self.replies.values() if r["ticket_id"] == tid]})
        reply = body.get("reply") or {}
        if not reply.get("content"):
            return self._refuse(422, "回复内容不能为空")
        made = self.add_reply(tid, str(reply["content"]), type_=str(reply.get("type") or "external"))
        return JSONResponse({"code": 1000, "reply_id": made["id"]})
