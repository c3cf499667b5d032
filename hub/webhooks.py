"""Vendor push: the helpdesk's webhooks wake the hub's follower, which polls at once (polling stays the safety net).

A webhook's body is only a hint: the follower reads the upstream as usual, so the change log's order and content stay
the follower's, and a lost or forged-but-refused hook costs nothing but a poll interval.

- ``POST /hooks/zendesk``: Zendesk signs each request with the webhook's signing secret: ``X-Zendesk-Webhook-Signature``
  is ``base64(HMAC-SHA256(secret, TIMESTAMP + BODY))`` with ``X-Zendesk-Webhook-Signature-Timestamp``
  (https://developer.zendesk.com/documentation/webhooks/verifying/).
- ``POST /hooks/chatwoot``: Chatwoot 4.11.2 and later sign account webhooks with the webhook's secret:
  ``X-Chatwoot-Signature`` is ``sha256=`` and the hex HMAC-SHA256 of ``TIMESTAMP.BODY``, with ``X-Chatwoot-Timestamp``
  in Unix seconds (chatwoot/chatwoot pull request 13573). Older versions send no signature at all: for them,
  ``POST /hooks/chatwoot/SECRET`` takes the secret in the path (keep that URL as secret as the secret itself).

A request is refused 401 when its signature is missing or wrong, when its timestamp is more than ``MAX_SKEW_S`` from the
hub's clock, or when the same signature was already taken (a replay); 413 when its body is over ``MAX_BODY``. Each
refusal is counted in ``hub_webhook_failures_total`` by reason; neither the secret nor the signature is logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime

from prometheus_client import Counter
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

MAX_BODY = 256 * 1024  # bytes; Zendesk's and Chatwoot's event payloads are a few kilobytes
MAX_SKEW_S = 300.0  # a signature timestamp further from the hub's clock is refused (old, or a replay)
HEADERS = {"zendesk": ("X-Zendesk-Webhook-Signature", "X-Zendesk-Webhook-Signature-Timestamp"),
           "chatwoot": ("X-Chatwoot-Signature", "X-Chatwoot-Timestamp")}  # (signature, timestamp) per upstream kind
KINDS = tuple(HEADERS)
log = logging.getLogger(__name__)


class Refused(Exception):
    """A webhook the hub does not take; ``reason`` labels the failure metric, ``status`` is the answer."""

    def __init__(self, reason: str, status: int = 401) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def zendesk_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Zendesk's signature of a request: base64 of HMAC-SHA256 over the timestamp followed by the body."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def chatwoot_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Chatwoot's signature of a request: ``sha256=`` and the hex HMAC-SHA256 of ``timestamp.body``."""
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def parse_timestamp(value: str) -> float:
    """Seconds since the epoch from Unix seconds (Chatwoot) or ISO 8601 (Zendesk); Refused if neither."""
    try:
        return float(value)
    except ValueError:
        pass
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Refused("bad_timestamp") from None
    if at.tzinfo is None:
        raise Refused("bad_timestamp")
    return at.timestamp()


class Receiver:
    """Checks webhooks for one upstream with one secret and calls ``wake`` for each one it takes."""

    def __init__(self, kind: str, secret: str, wake: Callable[[], None], failures: Counter, *,
                 clock: Callable[[], float] = time.time, max_skew_s: float = MAX_SKEW_S) -> None:
        if kind not in KINDS:
            raise ValueError(f"{kind} sends no webhooks the hub can take (only {', '.join(KINDS)})")
        if not secret:
            raise ValueError("a webhook secret may not be empty")
        self.kind = kind
        self._secret = secret
        self.wake = wake
        self.failures = failures
        self.clock = clock
        self.max_skew_s = max_skew_s
        self.accepted = 0
        self._seen: OrderedDict[str, float] = OrderedDict()  # signatures taken within the skew window

    def routes(self) -> list[Route]:
        routes = [Route(f"/hooks/{self.kind}", self.receive, methods=["POST"])]
        if self.kind == "chatwoot":
            routes.append(Route("/hooks/chatwoot/{token}", self.receive, methods=["POST"]))
        return routes

    async def receive(self, request: Request) -> Response:
        try:
            body = await _body(request)
            self.check(request.headers, body, request.path_params.get("token"))
        except Refused as exc:
            self.failures.labels(reason=exc.reason).inc()
            log.warning("%s webhook refused (%s) from %s", self.kind, exc.reason,
                        request.client.host if request.client else "?")
            return Response(status_code=exc.status)
        self.accepted += 1
        self.wake()
        return Response(status_code=204)

    def check(self, headers: Mapping[str, str], body: bytes, token: str | None = None) -> None:
        """Refused unless the request is signed with the secret, fresh and not seen before (or, for Chatwoot
        without signatures, carries the secret in its path)."""
        if token is not None:
            if not hmac.compare_digest(token.encode(), self._secret.encode()):
                raise Refused("bad_token")
            return
        signature_header, stamp_header = HEADERS[self.kind]
        signature, stamp = headers.get(signature_header) or "", headers.get(stamp_header) or ""
        if not signature or not stamp:
            raise Refused("unsigned")
        sign = zendesk_signature if self.kind == "zendesk" else chatwoot_signature
        if not hmac.compare_digest(signature.encode(), sign(self._secret, stamp, body).encode()):
            raise Refused("bad_signature")
        now = self.clock()
        if abs(now - parse_timestamp(stamp)) > self.max_skew_s:
            raise Refused("stale")
        while self._seen and next(iter(self._seen.values())) < now - 2 * self.max_skew_s:
            self._seen.popitem(last=False)
        if signature in self._seen:
            raise Refused("replay")
        self._seen[signature] = now


async def _body(request: Request) -> bytes:
    """The body, read no further than MAX_BODY (Refused 413 past it, whatever Content-Length says)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise Refused("too_large", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise Refused("too_large", 413)
        chunks.append(chunk)
    return b"".join(chunks)
