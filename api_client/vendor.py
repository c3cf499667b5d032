"""What the adapters for other vendors' ticketing systems (RT, Zendesk, Chatwoot) share."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from api_client.errors import ApiError, InvalidRequest

DEFAULT_CAPACITY = 10  # vendors without a notion of agent capacity: a nominal figure for the load bars
AT_RISK_S = 1800  # vendors without an at-risk threshold: due within 30 minutes


class Rejected(InvalidRequest):
    """The system accepted the request (HTTP 2xx) but did not do what was asked; ``messages`` are its own."""

    def __init__(self, message: str, *, messages: list[str] | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.messages = messages or []


def server_time(resp: requests.Response) -> datetime:
    """The server's clock from the answer's Date header (this machine's clock when there is none)."""
    try:
        return parsedate_to_datetime(resp.headers["Date"])
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC)


_HTTP_BODY = re.compile(r"^HTTP (\d{3}): (\{.*\})$", re.S)


def readable(exc: ApiError, vendor: str) -> ApiError:
    """``exc`` with the vendor's own words (``message``, ``description`` or ``error`` of its JSON error
    body) instead of the raw body, e.g. "RT: Precondition Failed (HTTP 412)"."""
    match = _HTTP_BODY.match(exc.message)
    if match is None:
        return exc
    try:
        body = json.loads(match[2])
    except ValueError:
        return exc
    words = next((str(body[k]) for k in ("message", "description", "error", "title")
                  if isinstance(body, dict) and body.get(k)), None)
    if words:
        exc.message = f"{vendor}: {words.strip()} (HTTP {match[1]})"
        exc.args = (exc.message,)
    return exc
