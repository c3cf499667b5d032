"""HTTP routes of the native API (Starlette), delegating to :class:`Service`."""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio.to_thread
import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from api_client import contract
from api_client.models import ErrorBody, Ticket, User
from simulator.service import Problem, Service
from simulator.transcripts import recording_wav

log = logging.getLogger(__name__)
_ENC = msgspec.json.Encoder()
JSON = "application/json"
SSE_WAIT_S = 5.0  # a heartbeat event at least this often
SSE_BATCH = 2000


def _json(body: Any, status: int = 200, version: int | None = None) -> Response:
    payload = body if isinstance(body, bytes) else _ENC.encode(body)
    headers = {"ETag": f'"{version}"'} if version is not None else None
    return Response(payload, status_code=status, media_type=JSON, headers=headers)


def _problem(p: Problem) -> Response:
    return _json(p.body, p.status)


def _int(request: Request, name: str, default: int | None, lo: int = 0, hi: int = 2**53) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise Problem(400, "bad_parameter", f"{name} must be an integer, got {raw!r}", field=name) from None
    if not lo <= value <= hi:
        raise Problem(400, "bad_parameter", f"{name} must be within {lo}..{hi}", field=name)
    return value


def _float(request: Request, name: str, default: float, hi: float) -> float:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise Problem(400, "bad_parameter", f"{name} must be a number, got {raw!r}", field=name) from None
    if not 0 <= value <= hi:
        raise Problem(400, "bad_parameter", f"{name} must be within 0..{hi}", field=name)
    return value


def _str(request: Request, name: str, choices: tuple[str, ...] | None = None) -> str | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if not 1 <= len(raw) <= 64 or (choices and raw not in choices):
        allowed = f" (one of {', '.join(choices)})" if choices else " (1-64 characters)"
        raise Problem(400, "bad_parameter", f"{name} is invalid{allowed}", field=name)
    return raw


def _bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return False
    if raw not in ("true", "false"):
        raise Problem(400, "bad_parameter", f"{name} must be true or false", field=name)
    return raw == "true"


def build_app(service: Service) -> Starlette:
    """The ASGI application serving the contract under ``/api/v1``."""

    def authed(
        handler: Callable[[Request, User], Response | Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        """Authenticate, then run the handler (sync ones in the thread pool); Problems become answers."""
        is_async = inspect.iscoroutinefunction(handler)

        async def endpoint(request: Request) -> Response:
            try:
                request.state.raw = await request.body() if request.method in ("POST", "PUT") else b""
                user = await anyio.to_thread.run_sync(service.authenticate, request.headers.get("authorization"))
                if is_async:
                    return await handler(request, user)  # type: ignore[misc]
                return await anyio.to_thread.run_sync(handler, request, user)  # type: ignore[return-value]
            except Problem as p:
                return _problem(p)

        return endpoint

    def me(request: Request, user: User) -> Response:
        return _json(user)

    def queues(request: Request, user: User) -> Response:
        return _json(service.queues())

    def agents(request: Request, user: User) -> Response:
        return _json(service.agents())

    def agent_state(request: Request, user: User) -> Response:
        agent = service.set_agent_state(user, request.path_params["agent_id"], request.state.raw)
        return _json(agent, version=agent.version)

    def tickets(request: Request, user: User) -> Response:
        return _json(service.tickets(
            _str(request, "queue_id"), _str(request, "assignee_id"),
            _str(request, "status", ("new", "open", "pending", "solved", "closed")), _bool(request, "unresolved"),
            _int(request, "after_id", 0) or 0, _int(request, "limit", 500, 1, 5000) or 500,
        ))

    def ticket_id(request: Request) -> int:
        tid = request.path_params["ticket_id"]
        if not 1 <= tid <= 2**53:
            raise Problem(404, "not_found", f"No ticket {tid}")
        return tid

    def ticket(request: Request, user: User) -> Response:
        t = service.ticket(ticket_id(request))
        return _json(t, version=t.version)

    def versioned(t: Ticket) -> Response:
        return _json(t, version=t.version)

    def assign(request: Request, user: User) -> Response:
        return versioned(service.assign(user, ticket_id(request), request.headers.get("if-match"), request.state.raw))

    def escalate(request: Request, user: User) -> Response:
        return versioned(service.escalate(user, ticket_id(request), request.headers.get("if-match"),
                                          request.state.raw))

    def bulk_assign(request: Request, user: User) -> Response:
        return _json(service.bulk_assign(user, request.state.raw))

    def snapshot(request: Request, user: User) -> Response:
        return _json(service.snapshot())

    def changes(request: Request, user: User) -> Response:
        cursor = _int(request, "cursor", 0) or 0
        _, page = service.changes(cursor, _int(request, "limit", 1000, 1, 5000) or 1000,
                                  _float(request, "wait", 0.0, 60.0))
        return _json(page)

    async def stream(request: Request, user: User) -> Response:
        header = request.headers.get("last-event-id")
        if header is not None:
            if not header.isdigit() or len(header) > 18:
                raise Problem(400, "bad_parameter", "Last-Event-ID must be a cursor number", field="Last-Event-ID")
            cursor = int(header)
        else:
            cursor = _int(request, "cursor", 0) or 0
        # Fail fast (400/410) before the stream starts.
        await anyio.to_thread.run_sync(service.changes, cursor, 1, 0.0)

        async def events() -> AsyncIterator[bytes]:
            nonlocal cursor
            yield b"retry: 2000\n\n"
            while True:
                try:
                    last, page = await anyio.to_thread.run_sync(
                        service.changes, cursor, SSE_BATCH, SSE_WAIT_S, abandon_on_cancel=True)
                except Problem as p:
                    yield b"event: error\ndata: %s\n\n" % _ENC.encode(p.body)
                    return
                # An empty page is the heartbeat: the client sees the server's clock and knows it is alive.
                kind = b"heartbeat" if last == cursor else b"changes"
                cursor = last
                yield b"id: %d\nevent: %s\ndata: %s\n\n" % (last, kind, page)

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    def interactions(request: Request, user: User) -> Response:
        return _json(service.interactions(_int(request, "ticket_id", None, 1), _str(request, "agent_id"),
                                          _int(request, "limit", 100, 1, 5000) or 100))

    def interaction(request: Request, user: User) -> Response:
        return _json(service.interaction(request.path_params["interaction_id"]))

    def recording(request: Request, user: User) -> Response:
        item = service.interaction(request.path_params["interaction_id"])
        if item.recording_url is None:
            raise Problem(404, "not_found", f"Interaction {item.id} has no recording")
        return Response(recording_wav(item.id), media_type="audio/wav")

    def scorecards(request: Request, user: User) -> Response:
        return _json(service.scorecards())

    def reviews(request: Request, user: User) -> Response:
        return _json(service.reviews(_int(request, "interaction_id", None, 1), _str(request, "reviewer_id"),
                                     _int(request, "limit", 100, 1, 5000) or 100))

    def create_review(request: Request, user: User) -> Response:
        review = service.create_review(user, request.state.raw)
        return _json(review, 201, version=review.version)

    def update_review(request: Request, user: User) -> Response:
        review = service.update_review(user, request.path_params["review_id"], request.headers.get("if-match"),
                                       request.state.raw)
        return _json(review, version=review.version)

    def audit(request: Request, user: User) -> Response:
        return _json(service.audit(_int(request, "ticket_id", None, 1), _str(request, "actor_id"),
                                   _str(request, "action", ("assign", "escalate", "agent_state", "review")),
                                   _int(request, "limit", 200, 1, 5000) or 200))

    def sim_status(request: Request, user: User) -> Response:
        return _json(service.status())

    def sim_advance(request: Request, user: User) -> Response:
        return _json(service.advance(user, request.state.raw))

    def sim_scenario(request: Request, user: User) -> Response:
        return _json(service.set_scenario(user, request.state.raw))

    async def health(request: Request) -> Response:
        return _json(await anyio.to_thread.run_sync(service.health))

    document = contract.render().encode()

    async def openapi(request: Request) -> Response:
        return Response(document, media_type=JSON)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _json(ErrorBody(error="not_found", message=f"No route {request.url.path}"), 404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return _json(ErrorBody(error="method_not_allowed", message=f"{request.method} is not allowed here"), 405)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("unhandled error on %s", request.url.path, exc_info=exc)
        return _json(ErrorBody(error="internal_error", message="Internal error; see the simulator log"), 500)

    p = contract.API_PREFIX
    routes = [
        Route(f"{p}/health", health),
        Route(f"{p}/openapi.json", openapi),
        Route(f"{p}/me", authed(me)),
        Route(f"{p}/queues", authed(queues)),
        Route(f"{p}/agents", authed(agents)),
        Route(f"{p}/agents/{{agent_id}}/state", authed(agent_state), methods=["PUT"]),
        Route(f"{p}/tickets", authed(tickets)),
        Route(f"{p}/tickets/bulk-assign", authed(bulk_assign), methods=["POST"]),
        Route(f"{p}/tickets/{{ticket_id:int}}", authed(ticket)),
        Route(f"{p}/tickets/{{ticket_id:int}}/assign", authed(assign), methods=["POST"]),
        Route(f"{p}/tickets/{{ticket_id:int}}/escalate", authed(escalate), methods=["POST"]),
        Route(f"{p}/snapshot", authed(snapshot)),
        Route(f"{p}/changes", authed(changes)),
        Route(f"{p}/changes/stream", authed(stream)),
        Route(f"{p}/interactions", authed(interactions)),
        Route(f"{p}/interactions/{{interaction_id:int}}", authed(interaction)),
        Route(f"{p}/interactions/{{interaction_id:int}}/recording", authed(recording)),
        Route(f"{p}/scorecards", authed(scorecards)),
        Route(f"{p}/reviews", authed(reviews), methods=["GET"]),
        Route(f"{p}/reviews", authed(create_review), methods=["POST"]),
        Route(f"{p}/reviews/{{review_id:int}}", authed(update_review), methods=["PUT"]),
        Route(f"{p}/audit", authed(audit)),
        Route(f"{p}/sim/status", authed(sim_status)),
        Route(f"{p}/sim/advance", authed(sim_advance), methods=["POST"]),
        Route(f"{p}/sim/scenario", authed(sim_scenario), methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed, 500: server_error})

