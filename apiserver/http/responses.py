"""JSON answers, and the problem answers the application's exception handlers give."""

from __future__ import annotations

import logging
from typing import Any

import msgspec
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from apiserver.problems import Problem

log = logging.getLogger(__name__)
JSON = "application/json"
_ENC = msgspec.json.Encoder()


def json(body: Any, status: int = 200) -> Response:
    """``body`` (a model, or JSON already encoded) as a JSON answer."""
    payload = body if isinstance(body, bytes) else _ENC.encode(body)
    return Response(payload, status_code=status, media_type=JSON)


def versioned(item: Any, status: int = 200) -> Response:
    """A ticket, agent or review with its version as the ETag (the If-Match of the next write)."""
    response = json(item, status)
    response.headers["ETag"] = f'"{item.version}"'
    return response


def problem(p: Problem) -> Response:
    return json(p.body, p.status)


async def on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return problem(exc)


async def on_forbidden(request: Request, exc: Exception) -> Response:
    """Starlette's ``requires`` refused the caller's role."""
    return problem(Problem(403, "forbidden", f"Role {request.user.user.role!r} may not do this"))


async def on_not_found(request: Request, exc: Exception) -> Response:
    return problem(Problem(404, "not_found", f"No route {request.url.path}"))


async def on_not_allowed(request: Request, exc: Exception) -> Response:
    response = problem(Problem(405, "method_not_allowed", f"{request.method} is not allowed here"))
    if isinstance(exc, HTTPException) and exc.headers:  # the route's `Allow` (RFC 9110 requires it on a 405)
        response.headers.update(exc.headers)
    return response


async def on_server_error(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s", request.url.path, exc_info=exc)
    return problem(Problem(500, "internal_error", "Internal error; see the simulator log"))


EXCEPTION_HANDLERS = {
    Problem: on_problem, 403: on_forbidden, 404: on_not_found, 405: on_not_allowed, 500: on_server_error,
}
