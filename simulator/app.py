"""HTTP routes of the native API (Starlette), delegating to :class:`Service`."""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread
import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from api_client import contract
from api_client.models import CHANNELS, ErrorBody, Ticket, User
from simulator.qa import InteractionFilter
from simulator.service import Problem, Service
from simulator.transcripts import recording_wav

log = logging.getLogger(__name__)
_ENC = msgspec.json.Encoder()
JSON = "application/json"
SSE_WAIT_S = 5.0  # a heartbeat event at least this often
SSE_BATCH = 2000
MAX_ID = 2**53  # ids, cursors and versions stay exact in JavaScript clients (and fit SQLite's INTEGER)
_INT_RE = re.compile(r"-?[0-9]{1,20}")  # ASCII only: int() would also take "1_000", " 7" and "٣"
_CURSOR_RE = re.compile(r"[0-9]{1,18}")
_NUMBER_RE = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?")


def _json(body: Any, status: int = 200, version: int | None = None) -> Response:
    payload = body if isinstance(body, bytes) else _ENC.encode(body)
    headers = {"ETag": f'"{version}"'} if version is not None else None
    return Response(payload, status_code=status, media_type=JSON, headers=headers)


def _problem(p: Problem) -> Response:
    return _json(p.body, p.status)


def _int(request: Request, name: str, default: int | None, lo: int = 0, hi: int = 2**53) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:  # an empty value is malformed, not absent
        return default
    if not _INT_RE.fullmatch(raw):
        raise Problem(400, "bad_parameter", f"{name} must be an integer, got {raw!r}", field=name)
    value = int(raw)
    if not lo <= value <= hi:
        raise Problem(400, "bad_parameter", f"{name} must be within {lo}..{hi}", field=name)
    return value


def _float(request: Request, name: str, default: float, hi: float) -> float:
    raw = request.query_params.get(name)
    if raw is None:  # an empty value is malformed, not absent
        return default
    if not _NUMBER_RE.fullmatch(raw):
        raise Problem(400, "bad_parameter", f"{name} must be a number, got {raw!r}", field=name)
    value = float(raw)
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


def _datetime(request: Request, name: str) -> datetime | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise Problem(400, "bad_parameter", f"{name} must be an ISO 8601 time with an offset", field=name)
    return value


def _path_id(request: Request, name: str, what: str) -> int:
    """An integer id from the path; one out of range names nothing there (404), never a database error."""
    value: int = request.path_params[name]
    if not 1 <= value <= MAX_ID:
        raise Problem(404, "not_found", f"No {what} {value}")
    return value


def _only(request: Request, allowed: frozenset[str]) -> None:
    """Reject query parameters the operation does not take (a misspelt filter must not widen a listing),
    and repeated ones (which of the values would count?)."""
    for name in request.query_params:
        if name not in allowed:
            raise Problem(400, "unknown_parameter", f"Unknown query parameter {name!r}", field=name)
        if len(request.query_params.getlist(name)) > 1:
            raise Problem(400, "bad_parameter", f"Query parameter {name!r} is given more than once", field=name)


def build_app(service: Service) -> Starlette:
    """The ASGI application serving the contract under ``/api/v1``."""

    def authed(
        handler: Callable[[Request, User], Response | Awaitable[Response]],
        query: tuple[str, ...] | None = None,
    ) -> Callable[[Request], Awaitable[Response]]:
        """Authenticate, then run the handler (sync ones in the thread pool); Problems become answers.

        ``query`` names the query parameters the operation takes: any other is a 400.
        """
        is_async = inspect.iscoroutinefunction(handler)
        allowed = frozenset(query) if query is not None else None

        async def endpoint(request: Request) -> Response:
            try:
                request.state.raw = await request.body() if request.method in ("POST", "PUT") else b""
                user = await anyio.to_thread.run_sync(service.authenticate, request.headers.get("authorization"))
                if allowed is not None:
                    _only(request, allowed)
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
        return _path_id(request, "ticket_id", "ticket")

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
        cursor = _int(request, "cursor", 0) or 0  # checked even when the header overrides it
        header = request.headers.get("last-event-id")
        if header is not None:
            if not _CURSOR_RE.fullmatch(header):
                raise Problem(400, "bad_parameter", "Last-Event-ID must be a cursor number", field="Last-Event-ID")
            cursor = int(header)
        # Fail fast (400/410) before the stream starts.
        await anyio.to_thread.run_sync(service.changes, cursor, 1, 0.0)

        async def events() -> AsyncIterator[bytes]:
            nonlocal cursor
            yield b"retry: 2000\n\n"
            wait = 0.0  # the first page goes out at once: the client knows it is connected
            while True:
                try:
                    last, page = await anyio.to_thread.run_sync(
                        service.changes, cursor, SSE_BATCH, wait, abandon_on_cancel=True)
                except Problem as p:
                    yield b"event: error\ndata: %s\n\n" % _ENC.encode(p.body)
                    return
                # An empty page is the heartbeat: the client sees the server's clock and knows it is alive.
                kind = b"heartbeat" if last == cursor else b"changes"
                cursor, wait = last, SSE_WAIT_S
                yield b"id: %d\nevent: %s\ndata: %s\n\n" % (last, kind, page)

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    qa = service.qa

    def interactions(request: Request, user: User) -> Response:
        flt = InteractionFilter(
            ticket_id=_int(request, "ticket_id", None, 1), agent_id=_str(request, "agent_id"),
            channel=_str(request, "channel", CHANNELS), team=_str(request, "team"),
            low_csat=_bool(request, "low_csat"), escalated=_bool(request, "escalated"),
            min_handle_s=_int(request, "min_handle_s", None), sla_breached=_bool(request, "sla_breached"),
            since=_datetime(request, "since"), until=_datetime(request, "until"))
        return _json(qa.interactions(flt, _int(request, "limit", 100, 1, 5000) or 100))

    def interaction(request: Request, user: User) -> Response:
        return _json(service.interaction(_path_id(request, "interaction_id", "interaction")))

    def recording(request: Request, user: User) -> Response:
        item = service.interaction(_path_id(request, "interaction_id", "interaction"))
        if item.recording_url is None:
            raise Problem(404, "not_found", f"Interaction {item.id} has no recording")
        return Response(recording_wav(item.id), media_type="audio/wav")

    def scorecards(request: Request, user: User) -> Response:
        return _json(qa.scorecards())

    def create_scorecard(request: Request, user: User) -> Response:
        return _json(qa.save_scorecard(user, request.state.raw, None), 201)

    def update_scorecard(request: Request, user: User) -> Response:
        return _json(qa.save_scorecard(user, request.state.raw, request.path_params["scorecard_id"]))

    def scorecard_version(request: Request, user: User) -> Response:
        card_id, version = request.path_params["scorecard_id"], _path_id(request, "version", "version")
        card = qa.scorecard(card_id, version)
        if card is None:
            raise Problem(404, "not_found", f"No scorecard {card_id!r} version {version}")
        return _json(card)

    def review_id(request: Request) -> int:
        return _path_id(request, "review_id", "review")

    def dispute(request: Request, user: User) -> Response:
        review = qa.open_dispute(user, review_id(request), request.state.raw)
        return _json(review, version=review.version)

    def resolve_dispute(request: Request, user: User) -> Response:
        review = qa.resolve_dispute(user, review_id(request), request.state.raw)
        return _json(review, version=review.version)

    def calibrations(request: Request, user: User) -> Response:
        return _json(qa.calibrations(_int(request, "limit", 100, 1, 5000) or 100))

    def create_calibration(request: Request, user: User) -> Response:
        return _json(qa.create_calibration(user, request.state.raw), 201)

    def calibration_id(request: Request) -> int:
        return _path_id(request, "calibration_id", "calibration session")

    def calibration(request: Request, user: User) -> Response:
        return _json(qa.calibration(calibration_id(request)))

    def agreed(request: Request, user: User) -> Response:
        return _json(qa.set_agreed(user, calibration_id(request), request.state.raw))

    def assign_review(request: Request, user: User) -> Response:
        return _json(qa.assign(user, request.state.raw), 201)

    def sample(request: Request, user: User) -> Response:
        return _json(qa.sample(user, request.state.raw), 201)

    def assignments(request: Request, user: User) -> Response:
        return _json(qa.assignments(_str(request, "reviewer_id"), _int(request, "limit", 500, 1, 5000) or 500))

    def reviews(request: Request, user: User) -> Response:
        return _json(service.reviews(_int(request, "interaction_id", None, 1), _str(request, "reviewer_id"),
                                     _int(request, "limit", 100, 1, 5000) or 100,
                                     _int(request, "calibration_id", None, 1)))

    def create_review(request: Request, user: User) -> Response:
        review = service.create_review(user, request.state.raw)
        return _json(review, 201, version=review.version)

    def update_review(request: Request, user: User) -> Response:
        review = service.update_review(user, _path_id(request, "review_id", "review"),
                                       request.headers.get("if-match"), request.state.raw)
        return _json(review, version=review.version)

    def audit(request: Request, user: User) -> Response:
        since, until = _datetime(request, "since"), _datetime(request, "until")
        return _json(service.audit(_int(request, "ticket_id", None, 1), _str(request, "actor_id"),
                                   _str(request, "action", ("assign", "escalate", "agent_state", "review")),
                                   _int(request, "limit", 200, 1, 5000) or 200, _str(request, "agent_id"),
                                   since and since.astimezone(UTC).isoformat(),
                                   until and until.astimezone(UTC).isoformat()))

    def notes(request: Request, user: User) -> Response:
        return _json(service.notes(ticket_id(request)))

    def sim_status(request: Request, user: User) -> Response:
        return _json(service.status())

    def sim_advance(request: Request, user: User) -> Response:
        return _json(service.advance(user, request.state.raw))

    def sim_scenario(request: Request, user: User) -> Response:
        return _json(service.set_scenario(user, request.state.raw))

    async def health(request: Request) -> Response:
        return _json(await anyio.to_thread.run_sync(service.health))

    document = contract.render().encode()
    paths = contract.build_document()["paths"]

    def takes(path: str, method: str = "get") -> tuple[str, ...]:
        """The query parameters the contract gives an operation."""
        return tuple(q["name"] for q in paths[path][method].get("parameters", ()) if q["in"] == "query")

    async def openapi(request: Request) -> Response:
        return Response(document, media_type=JSON)

    def by_method(**endpoints: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        """One route for several methods, so that its 405 answers allow all of them."""

        async def endpoint(request: Request) -> Response:
            return await endpoints["GET" if request.method == "HEAD" else request.method](request)

        return endpoint

    async def not_found(request: Request, exc: Exception) -> Response:
        return _json(ErrorBody(error="not_found", message=f"No route {request.url.path}"), 404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        body = ErrorBody(error="method_not_allowed", message=f"{request.method} is not allowed here")
        # The route's `Allow` header (RFC 9110 requires it on a 405).
        return Response(_ENC.encode(body), 405, headers=getattr(exc, "headers", None), media_type=JSON)

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
        Route(f"{p}/tickets", authed(tickets, takes("/tickets"))),
        Route(f"{p}/tickets/bulk-assign", authed(bulk_assign), methods=["POST"]),
        Route(f"{p}/tickets/{{ticket_id:int}}", authed(ticket)),
        Route(f"{p}/tickets/{{ticket_id:int}}/assign", authed(assign), methods=["POST"]),
        Route(f"{p}/tickets/{{ticket_id:int}}/escalate", authed(escalate), methods=["POST"]),
        Route(f"{p}/tickets/{{ticket_id:int}}/notes", authed(notes)),
        Route(f"{p}/snapshot", authed(snapshot)),
        Route(f"{p}/changes", authed(changes, takes("/changes"))),
        Route(f"{p}/changes/stream", authed(stream, takes("/changes/stream"))),
        Route(f"{p}/interactions", authed(interactions, takes("/interactions"))),
        Route(f"{p}/interactions/{{interaction_id:int}}", authed(interaction)),
        Route(f"{p}/interactions/{{interaction_id:int}}/recording", authed(recording)),
        Route(f"{p}/scorecards", by_method(GET=authed(scorecards), POST=authed(create_scorecard)),
              methods=["GET", "POST"]),
        Route(f"{p}/scorecards/{{scorecard_id}}", authed(update_scorecard), methods=["PUT"]),
        Route(f"{p}/scorecards/{{scorecard_id}}/versions/{{version:int}}", authed(scorecard_version)),
        Route(f"{p}/reviews/{{review_id:int}}/dispute", authed(dispute), methods=["POST"]),
        Route(f"{p}/reviews/{{review_id:int}}/dispute/resolve", authed(resolve_dispute), methods=["POST"]),
        Route(f"{p}/calibrations", by_method(GET=authed(calibrations, takes("/calibrations")),
                                              POST=authed(create_calibration)), methods=["GET", "POST"]),
        Route(f"{p}/calibrations/{{calibration_id:int}}", authed(calibration)),
        Route(f"{p}/calibrations/{{calibration_id:int}}/agreed", authed(agreed), methods=["PUT"]),
        Route(f"{p}/assignments", by_method(GET=authed(assignments, takes("/assignments")), POST=authed(assign_review)),
              methods=["GET", "POST"]),
        Route(f"{p}/assignments/sample", authed(sample), methods=["POST"]),
        Route(f"{p}/reviews", by_method(GET=authed(reviews, takes("/reviews")), POST=authed(create_review)),
              methods=["GET", "POST"]),
        Route(f"{p}/reviews/{{review_id:int}}", authed(update_review), methods=["PUT"]),
        Route(f"{p}/audit", authed(audit, takes("/audit"))),
        Route(f"{p}/sim/status", authed(sim_status)),
        Route(f"{p}/sim/advance", authed(sim_advance), methods=["POST"]),
        Route(f"{p}/sim/scenario", authed(sim_scenario), methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed, 500: server_error})

