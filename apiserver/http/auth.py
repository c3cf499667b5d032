"""Bearer-token authentication (Starlette's ``AuthenticationMiddleware``) on the contract's operations.

A request that reaches an operation has ``request.user``, a :class:`Caller`, and credentials whose
scopes are what its role may do (:data:`apiserver.problems.PERMISSIONS`), which the operations
check with Starlette's ``requires``. Wrong tokens are counted per client address (:class:`Throttle`).
"""

from __future__ import annotations

import math
import time
from collections import deque
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
from apiserver.http.backend import centre
from apiserver.http.responses import problem
from apiserver.problems import PERMISSIONS, Problem


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


class Throttle:
    """Wrong tokens by client address. After ``limit`` of them within ``window_s`` seconds, every token from that
    address is refused unchecked (429) until the oldest has aged out, so guessing goes no faster than ``limit``
    a window, and a refused token tells nothing. Runs on the event loop only (no lock)."""

    def __init__(self, limit: int = 20, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, client: str) -> deque[float]:
        failures = self._failures.get(client, deque())
        horizon = self.clock() - self.window_s
        while failures and failures[0] <= horizon:
            failures.popleft()
        return failures

    def wait_s(self, client: str) -> float:
        """Seconds until ``client`` may try a token again; 0 if it may now."""
        failures = self._recent(client)
        if len(failures) < self.limit:
            return 0.0
        return failures[0] + self.window_s - self.clock()

    def failed(self, client: str) -> None:
        """Count a wrong token from ``client``."""
        if len(self._failures) > 10_000:  # many addresses: forget those with no recent failure
            self._failures = {c: f for c in list(self._failures) if (f := self._recent(c))}
        self._failures[client] = failures = self._recent(client)
        failures.append(self.clock())


class TooManyFailures(AuthenticationError):
    """The client sent too many wrong tokens; it may try again after ``retry_after_s``."""

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(f"Too many wrong tokens from this client; try again in {math.ceil(retry_after_s)} s")
        self.retry_after_s = retry_after_s


class BearerTokens(AuthenticationBackend):
    """``Authorization: Bearer <token>``, looked up by the centre, wrong ones counted by the app's throttle."""

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser]:
        header = conn.headers.get("authorization")
        if not header or not header.lower().startswith("bearer "):
            raise AuthenticationError("A bearer token is required")  # no guess: not counted
        throttle: Throttle = conn.app.state.throttle
        client = conn.client.host if conn.client else ""
        wait_s = throttle.wait_s(client)
        if wait_s > 0:
            raise TooManyFailures(wait_s)
        user = await run_in_threadpool(centre(conn).user, header[7:].strip())
        if user is None:
            throttle.failed(client)
            raise AuthenticationError("Unknown or revoked token")
        return AuthCredentials(sorted(PERMISSIONS[user.role])), Caller(user)


def _unauthorized(conn: HTTPConnection, exc: AuthenticationError) -> Response:
    if isinstance(exc, TooManyFailures):
        response = problem(Problem(429, "too_many_failures", str(exc)))
        response.headers["Retry-After"] = str(math.ceil(exc.retry_after_s))
        return response
    return problem(Problem(401, "unauthorized", str(exc)))


_AUTHENTICATED = [Middleware(AuthenticationMiddleware, backend=BearerTokens(), on_error=_unauthorized)]


def operation(path: str, endpoint: Callable[..., Any], methods: Collection[str] | None = None) -> Route:
    """A route that needs a bearer token. Authentication runs after routing, so an unknown path is
    still a 404 and a wrong method a 405 without one."""
    return Route(path, endpoint, methods=methods, middleware=_AUTHENTICATED)


def caller(request: Request) -> m.User:
    """The authenticated user making ``request``."""
    return request.user.user
