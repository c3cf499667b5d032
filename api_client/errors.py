"""Errors a UI can act on, and the one place that maps HTTP answers to them."""

from __future__ import annotations

import re

import msgspec

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

    def __init__(self, message: str, *, current: Ticket | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.current = current


class InvalidRequest(ApiError):
    """400/422: the request was rejected; ``field`` says which part."""


class CursorExpired(ApiError):
    """410: the change feed no longer holds this cursor; take a new snapshot."""


class RateLimited(ApiError):
    """429: too many requests; retry after ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class Unavailable(ApiError):
    """The server cannot be reached, timed out, or answered 5xx."""


class MalformedResponse(ApiError):
    """The server answered something that does not match the contract."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 409: Conflict,
    410: CursorExpired, 412: Conflict, 422: InvalidRequest, 429: RateLimited,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds form; HTTP dates are ignored)."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def error_for(status: int, body: bytes, retry_after: str | None = None) -> ApiError:
    """The exception for a non-2xx answer, using the server's ErrorBody when it sent one."""
    try:
        err = msgspec.json.decode(body, type=ErrorBody)
        message, field, code, current = err.message, err.field, err.error, err.ticket
    except msgspec.MsgspecError:
        text = body[:200].decode("utf-8", "replace").strip()
        message, field, code, current = f"HTTP {status}: {text or 'no details'}", None, None, None
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
