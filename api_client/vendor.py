"""What the adapters for other vendors' ticketing systems (RT, Zendesk, Chatwoot) share."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from api_client.errors import InvalidRequest

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
