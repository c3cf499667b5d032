"""Bearer-token authentication (Starlette's ``AuthenticationMiddleware``) on the contract's operations.

A request that reaches an operation has ``request.user``, a :class:`Caller`, and credentials whose
scopes are what its role may do (:data:`simulator.problems.PERMISSIONS`), which the operations
check with Starlette's ``requires``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from starlette.authentication import AuthCredentials, AuthenticationBackend, AuthenticationError, BaseUser
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import Response
from starlette.routing import Route

from api_client import models as m
from simulator.http.backend import centre
from simulator.http.responses import problem
from simulator.problems import PERMISSIONS, Problem


class Caller(BaseUser):
    """The user a request's bearer token belongs to."""

    def __init__(self, user: m.User) -> None:
        self.user = user

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def display_name(self) -> str:
        return self.user.name

    @property
    def identity(self) -> str:
        return self.user.id


class BearerTokens(AuthenticationBackend):
    """``Authorization: Bearer <token>``, looked up by the centre."""

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser]:
        header = conn.headers.get("authorization")
        if not header or not header.lower().startswith("bearer "):
            raise AuthenticationError("A bearer token is required")
        user = await run_in_threadpool(centre(conn).user, header[7:].strip())
        if user is None:
            raise AuthenticationError("Unknown or revoked token")
        return AuthCredentials(sorted(PERMISSIONS[user.role])), Caller(user)


def _unauthorized(conn: HTTPConnection, exc: AuthenticationError) -> Response:
    return problem(Problem(401, "unauthorized", str(exc)))


_AUTHENTICATED = [Middleware(AuthenticationMiddleware, backend=BearerTokens(), on_error=_unauthorized)]


def operation(path: str, endpoint: Callable[..., Any], methods: Collection[str] | None = None) -> Route:
    """A route that needs a bearer token. Authentication runs after routing, so an unknown path is
    still a 404 and a wrong method a 405 without one."""
    return Route(path, endpoint, methods=methods, middleware=_AUTHENTICATED)


def caller(request: Request) -> m.User:
    """The authenticated user making ``request``."""
    return request.user.user
