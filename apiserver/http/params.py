"""Strict parsing of what a request carries: query parameters, path ids and JSON bodies."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TypeVar

from starlette.requests import Request

from api_client import contract
from api_client.models import CHANNELS, Channel
from apiserver.problems import Problem, decode_body

T = TypeVar("T")
MAX_ID = 2**53  # ids, cursors and versions stay exact in JavaScript clients (and fit SQLite's INTEGER)
_INT_RE = re.compile(r"-?[0-9]{1,20}")  # ASCII only: int() would also take "1_000", " 7" and "٣"
_NUMBER_RE = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?")


def _query_names() -> dict[tuple[str, str], frozenset[str]]:
    """The query parameters the contract gives each operation, by (path, method)."""
    return {(path, method.upper()): frozenset(p["name"] for p in op.get("parameters", ()) if p["in"] == "query")
            for path, ops in contract.build_document()["paths"].items() for method, op in ops.items()}


_TAKES = _query_names()


class Query:
    """The query of an operation: only the parameters the contract gives it, each at most once
    (a misspelt filter must not widen a listing), every value parsed strictly."""

    def __init__(self, request: Request, path: str) -> None:
        self.params = request.query_params
        allowed = _TAKES[(path, "GET" if request.method == "HEAD" else request.method)]
        for name in self.params:
            if name not in allowed:
                raise Problem(400, "unknown_parameter", f"Unknown query parameter {name!r}", field=name)
            if len(self.params.getlist(name)) > 1:
                raise Problem(400, "bad_parameter", f"Query parameter {name!r} is given more than once", field=name)

    def integer(self, name: str, default: int | None, lo: int = 0, hi: int = MAX_ID) -> int | None:
        raw = self.params.get(name)
        if raw is None:  # an empty value is malformed, not absent
            return default
        if not _INT_RE.fullmatch(raw):
            raise Problem(400, "bad_parameter", f"{name} must be an integer, got {raw!r}", field=name)
        value = int(raw)
        if not lo <= value <= hi:
            raise Problem(400, "bad_parameter", f"{name} must be within {lo}..{hi}", field=name)
        return value

    def count(self, name: str, default: int, hi: int = 5000) -> int:
        """A page size (1..``hi``)."""
        return self.integer(name, default, 1, hi) or default

    def number(self, name: str, default: float, hi: float) -> float:
        raw = self.params.get(name)
        if raw is None:
            return default
        if not _NUMBER_RE.fullmatch(raw):
            raise Problem(400, "bad_parameter", f"{name} must be a number, got {raw!r}", field=name)
        value = float(raw)
        if not 0 <= value <= hi:
            raise Problem(400, "bad_parameter", f"{name} must be within 0..{hi}", field=name)
        return value

    def channel(self, name: str = "channel") -> Channel | None:
        """One of the contract's channels (400 if it is not one)."""
        raw = self.text(name, CHANNELS)
        return next((c for c in CHANNELS if c == raw), None)

    def text(self, name: str, choices: tuple[str, ...] | None = None) -> str | None:
        raw = self.params.get(name)
        if raw is None:
            return None
        if not 1 <= len(raw) <= 64 or (choices and raw not in choices):
            allowed = f" (one of {', '.join(choices)})" if choices else " (1-64 characters)"
            raise Problem(400, "bad_parameter", f"{name} is invalid{allowed}", field=name)
        return raw

    def flag(self, name: str) -> bool:
        raw = self.params.get(name)
        if raw is None:
            return False
        if raw not in ("true", "false"):
            raise Problem(400, "bad_parameter", f"{name} must be true or false", field=name)
        return raw == "true"

    def moment(self, name: str) -> datetime | None:
        """A time with a UTC offset, in UTC (one that UTC cannot hold, as 0001-01-01T00:00+14:00, is a 400)."""
        raw = self.params.get(name)
        if raw is None:
            return None
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            value = None
        if value is None or value.tzinfo is None:
            raise Problem(400, "bad_parameter", f"{name} must be an ISO 8601 time with an offset", field=name)
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise Problem(400, "bad_parameter", f"{name} is outside the years 1..9999 in UTC", field=name) from None


def path_id(request: Request, name: str, what: str) -> int:
    """An integer id from the path; one out of range names nothing there (404), never a database error."""
    value: int = request.path_params[name]
    if not 1 <= value <= MAX_ID:
        raise Problem(404, "not_found", f"No {what} {value}")
    return value


async def body(request: Request, tp: type[T]) -> T:
    """The request's JSON body decoded as ``tp``; a bad one is a 400 or a 422 naming the field.

    Called after authentication and the role check, so nobody else makes the server read a body. A body that is not
    ``application/json`` is a 415; one over the operation's limit a 413, refused on its Content-Length before
    any of it is read, or as soon as a chunked one passes the limit (only that much is ever held).
    """
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise Problem(415, "unsupported_media_type", "The body must be JSON sent as Content-Type: application/json",
                      field="Content-Type")
    limit = contract.max_body(tp)
    too_large = Problem(413, "too_large", f"The request body is over this operation's limit of {limit} bytes")
    if int(request.headers.get("content-length") or 0) > limit:  # the HTTP layer has checked it is a number
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return decode_body(b"".join(chunks), tp)
