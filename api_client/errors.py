"""Errors a UI can act on, and the one place that maps HTTP answers to them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import msgspec

from api_client.backend import Capability
from api_client.models import ErrorBody, Ticket

_FIELD_RE = re.compile(r"at `\$\.?([^`]*)`")


class ApiError(Exception):
    """Any failure talking to the ticketing API. ``field`` names the bad field when known."""

    def __init__(self, message: str, *, status: int | None = None, field: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.field = field
        self.code = code


class Unauthorized(ApiError):
    """401: the token is missing, wrong or revoked."""


class Forbidden(ApiError):
    """403: the user's role may not do this."""


class NotFound(ApiError):
    """404: no such resource."""


class Conflict(ApiError):
    """409/412: the ticket changed since it was read; ``current`` is the server's version."""

    def __init__(self, message: str, *, current: Ticket | None = None, status: int | None = None,
                 field: str | None = None, code: str | None = None) -> None:
        super().__init__(message, status=status, field=field, code=code)
        self.current = current


class InvalidRequest(ApiError):
    """400/422: the request was rejected; ``field`` says which part."""


class CursorExpired(ApiError):
    """410: the change feed no longer holds this cursor; take a new snapshot."""


class RateLimited(ApiError):
    """429: too many requests; retry after ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, status: int | None = None,
                 code: str | None = None) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after


class Unavailable(ApiError):
    """The server cannot be reached, timed out, or answered 5xx."""


class Redirected(ApiError):
    """The server redirected to another origin (or too often); ``location`` is where. Not followed: the
    credentials belong to the origin they were given for."""

    def __init__(self, message: str, *, location: str) -> None:
        super().__init__(message, code="redirect")
        self.location = location


class TooLarge(ApiError):
    """An answer (or one change event) was larger than the client's limit; the rest was not read."""


class MalformedResponse(ApiError):
    """The server answered something that does not match the contract."""


class NotAvailable(ApiError):
    """This ticketing system cannot do what was asked (its backend lacks ``capability``); nothing was sent."""

    def __init__(self, message: str, *, capability: Capability) -> None:
        super().__init__(message, code="not_available")
        self.capability = capability


_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 409: Conflict,
    410: CursorExpired, 412: Conflict, 422: InvalidRequest, 429: RateLimited,
}


ErrorParser = Callable[[int, bytes], str | None]
"""A vendor's error bodies read into a message: (status, whole body) -> message, or None when it cannot."""


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds, or an HTTP date (from ``now``, default this clock)."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        at = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if at.tzinfo is None:  # "-0000": UTC by RFC 5322
        at = at.replace(tzinfo=UTC)
    return max(0.0, (at - (now or datetime.now(UTC))).total_seconds())


def error_for(status: int, body: bytes, retry_after: str | None = None, parse: ErrorParser | None = None) -> ApiError:
    """The exception for a non-2xx answer: from ``parse`` (a vendor's error bodies) when given, else from
    the server's ErrorBody; otherwise the start of the body."""
    message: str | None = None
    field: str | None = None
    code: str | None = None
    current: Ticket | None = None
    if parse is not None:
        message = parse(status, body)
    else:
        try:
            err = msgspec.json.decode(body, type=ErrorBody)
            message, field, code, current = err.message, err.field, err.error, err.ticket
        except msgspec.MsgspecError:
            pass
    if message is None:
        text = body[:200].decode("utf-8", "replace").strip()
        message = f"HTTP {status}: {text or 'no details'}"
    cls = _BY_STATUS.get(status, Unavailable if status >= 500 else ApiError)
    if cls is Conflict:
        return Conflict(message, current=current, status=status, field=field, code=code)
    if cls is RateLimited:
        return RateLimited(message, retry_after=parse_retry_after(retry_after), status=status, code=code)
    return cls(message, status=status, field=field, code=code)


def malformed(exc: msgspec.MsgspecError, what: str) -> MalformedResponse:
    """A MalformedResponse naming the JSON path msgspec reported."""
    match = _FIELD_RE.search(str(exc))
    field = match.group(1) if match else None
    return MalformedResponse(f"Malformed {what} from the server: {exc}", field=field, code="malformed")
