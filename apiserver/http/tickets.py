"""Operations on the live centre: who I am, users, queues, agents, tickets, their writes, the audit log."""

from __future__ import annotations

from starlette.authentication import requires
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from api_client import models as m
from apiserver.http.auth import caller, operation
from apiserver.http.backend import AuditFilter, centre
from apiserver.http.params import Query, body, path_id
from apiserver.http.responses import json, versioned
from apiserver.problems import LEAD, parse_if_match

STATUSES = ("new", "open", "pending", "solved", "closed")
AUDIT_ACTIONS = ("assign", "escalate", "agent_state", "review")


def me(request: Request) -> Response:
    return json(caller(request))


def users(request: Request) -> Response:
    return json(centre(request).users())


def queues(request: Request) -> Response:
    return json(centre(request).queues())


def agents(request: Request) -> Response:
    return json(centre(request).agents())


@requires(LEAD)
async def agent_state(request: Request) -> Response:
    req = await body(request, m.AgentStateRequest)
    agent = await run_in_threadpool(centre(request).set_agent_state, caller(request),
                                    request.path_params["agent_id"], req)
    return versioned(agent)


def snapshot(request: Request) -> Response:
    return json(centre(request).snapshot())


def tickets(request: Request) -> Response:
    q = Query(request, "/tickets")
    return json(centre(request).tickets(q.text("queue_id"), q.text("assignee_id"), q.text("status", STATUSES),
                                        q.flag("unresolved"), q.integer("after_id", 0) or 0, q.count("limit", 500)))


def _ticket_id(request: Request) -> int:
    return path_id(request, "ticket_id", "ticket")


def ticket(request: Request) -> Response:
    return versioned(centre(request).ticket(_ticket_id(request)))


def notes(request: Request) -> Response:
    return json(centre(request).notes(_ticket_id(request)))


@requires(LEAD)
async def assign(request: Request) -> Response:
    ticket_id = _ticket_id(request)
    req = await body(request, m.AssignRequest)
    version = parse_if_match(request.headers.get("if-match"))
    return versioned(await run_in_threadpool(centre(request).assign, caller(request), ticket_id, version, req))


@requires(LEAD)
async def escalate(request: Request) -> Response:
    ticket_id = _ticket_id(request)
    req = await body(request, m.EscalateRequest)
    version = parse_if_match(request.headers.get("if-match"))
    return versioned(await run_in_threadpool(centre(request).escalate, caller(request), ticket_id, version, req))


@requires(LEAD)
async def bulk_assign(request: Request) -> Response:
    req = await body(request, m.BulkAssignRequest)
    return json(await run_in_threadpool(centre(request).bulk_assign, caller(request), req))


def audit(request: Request) -> Response:
    q = Query(request, "/audit")
    flt = AuditFilter(ticket_id=q.integer("ticket_id", None, 1), actor_id=q.text("actor_id"),
                      action=q.text("action", AUDIT_ACTIONS), agent_id=q.text("agent_id"),
                      since=q.moment("since"), until=q.moment("until"))
    return json(centre(request).audit(flt, q.count("limit", 200), q.integer("before_id", None, 1)))


routes = [
    operation("/me", me),
    operation("/users", users),
    operation("/queues", queues),
    operation("/agents", agents),
    operation("/agents/{agent_id}/state", agent_state, methods=["PUT"]),
    operation("/snapshot", snapshot),
    operation("/tickets", tickets),
    operation("/tickets/bulk-assign", bulk_assign, methods=["POST"]),
    operation("/tickets/{ticket_id:int}", ticket),
    operation("/tickets/{ticket_id:int}/assign", assign, methods=["POST"]),
    operation("/tickets/{ticket_id:int}/escalate", escalate, methods=["POST"]),
    operation("/tickets/{ticket_id:int}/notes", notes),
    operation("/audit", audit),
]
