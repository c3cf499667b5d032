"""Vendor push pieces: a push brings a poll forward within the vendor's limit, and Chatwoot's webhooks (signed by
Chatwoot 4.11.2 and later, or carrying the secret in the path for older versions) reach a real Chatwoot backend's
poller through the hub's receiver, served over HTTP by uvicorn."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Iterator

import pytest
import requests
import uvicorn
from prometheus_client import CollectorRegistry, Counter
from starlette.applications import Starlette

from api_client.vendors.chatwoot import ChatwootBackend
from api_client.vendors.common import Nudge, poll
from hub.webhooks import Receiver, parse_timestamp

SECRET = "cw-webhook-secret-7f3a"


def test_a_push_brings_the_next_call_forward_but_not_closer_than_the_limit() -> None:
    nudge, stop, calls = Nudge(least_s=0.5), threading.Event(), []
    started = time.monotonic()
    threading.Timer(0.1, nudge.push).start()
    poll(lambda: calls.append(time.monotonic() - started), lambda _: True, wait=3.0, every=60.0, stop=stop,
         not_before=started + 60.0, nudge=nudge)
    assert len(calls) == 1
    assert 0.45 <= calls[0] < 1.0  # 0.5 s after the (notional) last call, not 60 s, not at once


def test_a_push_holds_across_heartbeats_and_a_pause_without_one_waits_out_its_time() -> None:
    nudge, stop, calls = Nudge(least_s=1.0), threading.Event(), []
    last = time.monotonic()
    nudge.push()  # before the call that will take it: it must not be lost when the first wait ends empty
    assert poll(lambda: calls.append(1), lambda _: True, wait=0.3, every=60.0, stop=stop, not_before=last + 60,
                nudge=nudge) is None
    assert calls == []  # the limit (1 s after the last call) was not reached within the heartbeat's 0.3 s
    started = time.monotonic()
    poll(lambda: calls.append(1), lambda _: True, wait=3.0, every=60.0, stop=stop, not_before=last + 60, nudge=nudge)
    assert calls == [1]
    assert time.monotonic() - started < 1.0
    started = time.monotonic()
    assert poll(lambda: calls.append(1), lambda _: True, wait=0.4, every=60.0, stop=stop,
                not_before=time.monotonic() + 60, nudge=nudge) is None
    assert calls == [1]
    assert time.monotonic() - started >= 0.39  # a heartbeat's wait is waited out, not returned at once


def test_timestamps_in_unix_seconds_and_iso_8601() -> None:
    assert parse_timestamp("1700000000") == 1700000000.0
    assert parse_timestamp("2023-11-14T22:13:20Z") == 1700000000.0


@pytest.fixture
def chatwoot_hooks() -> Iterator[tuple[str, ChatwootBackend, Receiver, Counter]]:
    backend = ChatwootBackend("http://127.0.0.1:9/app/accounts/1", "unused")
    failures = Counter("hub_webhook_failures", "refused", ["reason"], registry=CollectorRegistry())
    receiver = Receiver("chatwoot", SECRET, backend.wake, failures)
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=receiver.routes()), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", backend, receiver, failures
    finally:
        server.should_exit = True
        thread.join(10)
        backend.close()


def chatwoot_headers(body: bytes, at: float | None = None, secret: str = SECRET) -> dict[str, str]:
    stamp = str(int(at if at is not None else time.time()))
    signature = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Chatwoot-Signature": f"sha256={signature}", "X-Chatwoot-Timestamp": stamp}


def test_chatwoot_webhooks_wake_its_poller_when_signed_or_carrying_the_path_secret(
        chatwoot_hooks: tuple[str, ChatwootBackend, Receiver, Counter]) -> None:
    url, backend, receiver, failures = chatwoot_hooks
    body = b'{"event":"conversation_updated","id":42}'
    post = lambda path, headers=None: requests.post(url + path, data=body, headers=headers or {},  # noqa: E731
                                                    timeout=5).status_code
    assert post("/hooks/chatwoot", chatwoot_headers(body, secret="wrong")) == 401
    assert post("/hooks/chatwoot") == 401
    assert post("/hooks/chatwoot", chatwoot_headers(body, at=time.time() - 600)) == 401
    assert post("/hooks/chatwoot/not-the-secret") == 401
    assert not backend.nudge.pushed.is_set()
    assert [failures.labels(reason=r)._value.get() for r in ("bad_signature", "unsigned", "stale", "bad_token")] \
        == [1, 1, 1, 1]
    assert post("/hooks/chatwoot", chatwoot_headers(body)) == 204
    assert backend.nudge.pushed.is_set()
    backend.nudge.pushed.clear()
    assert post(f"/hooks/chatwoot/{SECRET}") == 204  # Chatwoot before 4.11.2 signs nothing
    assert backend.nudge.pushed.is_set()
    assert receiver.accepted == 2
