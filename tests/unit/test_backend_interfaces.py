"""Every registered backend implements the Protocols and honours the capabilities it declares; the vendor
plumbing they share (error bodies, non-JSON answers, Retry-After, the stoppable poll loop). No Qt."""

from __future__ import annotations

import inspect
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import pytest

from api_client import models as m
from api_client.backend import Backend, Capability, FeedBackend, QaBackend, SettingsBackend, WriteBackend
from api_client.errors import (
    InvalidRequest,
    MalformedResponse,
    NotAvailable,
    Unavailable,
    error_for,
    parse_retry_after,
)
from api_client.http import default_retry
from api_client.qa import SCORECARD
from api_client.registry import BACKENDS
from api_client.vendors.chatwoot import ChatwootBackend
from api_client.vendors.common import error_parser, poll

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

# One call per operation capability; a backend without the capability must refuse it with NotAvailable.
PROBES: dict[Capability, list[Callable[[Backend], object]]] = {
    Capability.RECORDINGS: [lambda b: b.recording(1)],
    Capability.SET_AGENT_STATE: [lambda b: b.set_agent_state("7", "break", "lunch")],
    Capability.MOVE_QUEUE: [lambda b: b.escalate(1, 1, reason="VIP", queue_id="2")],
    Capability.AUDIT: [lambda b: b.audit(ticket_id=1)],
    Capability.AUDIT_ACROSS_TICKETS: [lambda b: b.audit(since=NOW)],
    Capability.REVIEW_ASSIGNMENTS: [
        lambda b: b.assign_review(1, "u-qa"),
        lambda b: b.sample(m.SampleRequest(reviewer_id="u-qa", per_agent=1, since=NOW - timedelta(days=1),
                                           until=NOW))],
    Capability.DISPUTES: [lambda b: b.dispute(1, "too harsh"), lambda b: b.resolve_dispute(1, True)],
    Capability.CALIBRATION: [
        lambda b: b.calibration(1),
        lambda b: b.create_calibration(m.CalibrationInput(interaction_id=1, scorecard_id="standard",
                                                          reviewer_ids=["a", "b"])),
        lambda b: b.set_agreed(1, [])],
    Capability.USERS: [lambda b: b.users()],
    Capability.HISTORY: [lambda b: b.history(NOW - timedelta(hours=1), NOW, 60)],
    Capability.SCORECARD_EDITING: [
        lambda b: b.save_scorecard(m.ScorecardInput(id="x", name="X", categories=SCORECARD.categories), new=True)],
    Capability.SHARED_SETTINGS: [lambda b: b.setting("thresholds"), lambda b: b.save_setting("thresholds", {})],
}
# Data a backend may lack: the feed simply does not carry it (no call to refuse).
DATA = {Capability.PUSH, Capability.SLA, Capability.SERVICE_LEVEL, Capability.CSAT, Capability.AGENT_STATES,
        Capability.TRANSCRIPTS, Capability.REVIEWS}
# A capability that only makes sense with another: a backend lacking both may name the more basic one.
REQUIRES = {Capability.AUDIT_ACROSS_TICKETS: Capability.AUDIT}
URLS = {"chatwoot": "/app/accounts/1"}


@pytest.fixture(scope="module")
def closed_port() -> int:
    """A loopback port nothing listens on: a call that reaches for the network fails at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def offline(kind: str, port: int) -> Backend:
    """A backend of ``kind`` aimed at a closed port, without retries."""
    token = "admin@example.cn:1-2-secret" if kind == "udesk" else "1-2-secret"  # Udesk signs with the admin's email
    return BACKENDS[kind](f"http://127.0.0.1:{port}{URLS.get(kind, '')}", token, retry=default_retry(0))


def test_every_capability_is_either_data_or_probed() -> None:
    assert set(PROBES) | DATA == set(Capability)
    assert not set(PROBES) & DATA


@pytest.mark.parametrize("kind", sorted(BACKENDS))
@pytest.mark.parametrize("protocol", [FeedBackend, WriteBackend, QaBackend, SettingsBackend])
def test_backend_implements_the_protocol(kind: str, protocol: type) -> None:
    """Each Protocol method exists with the Protocol's parameters (same kind and default); extra ones are optional."""
    cls = BACKENDS[kind]
    assert isinstance(cls.capabilities, frozenset)
    assert all(isinstance(c, Capability) for c in cls.capabilities)
    names = [n for n, v in vars(protocol).items() if inspect.isfunction(v) and not n.startswith("_")]
    assert names
    for name in names:
        wanted = inspect.signature(getattr(protocol, name)).parameters
        got = inspect.signature(getattr(cls, name)).parameters
        for p in wanted.values():
            if p.kind is p.VAR_KEYWORD:
                assert any(q.kind is q.VAR_KEYWORD for q in got.values()), f"{kind}.{name} lacks **{p.name}"
                continue
            assert p.name in got, f"{kind}.{name} lacks {p.name}"
            assert (got[p.name].kind, got[p.name].default) == (p.kind, p.default), f"{kind}.{name}({p.name})"
        for q in got.values():
            assert q.name in wanted or q.default is not q.empty or q.kind in (q.VAR_KEYWORD, q.VAR_POSITIONAL), \
                f"{kind}.{name} requires {q.name}, which the Protocol does not pass"


@pytest.mark.parametrize("kind", sorted(BACKENDS))
def test_declared_capabilities_are_honoured(kind: str, closed_port: int) -> None:
    """A missing capability is refused with NotAvailable before anything is sent (the port is closed, so a
    call that went out would be Unavailable); a declared one is attempted (Unavailable), never refused."""
    backend = offline(kind, closed_port)
    for capability, basic in REQUIRES.items():
        assert capability not in backend.capabilities or basic in backend.capabilities
    try:
        for capability, probes in PROBES.items():
            for probe in probes:
                if capability in backend.capabilities:
                    with pytest.raises(Unavailable):
                        probe(backend)
                else:
                    with pytest.raises(NotAvailable) as info:
                        probe(backend)
                    assert info.value.capability in (capability, REQUIRES.get(capability))
                    assert info.value.capability not in backend.capabilities
                    assert info.value.code == "not_available"
    finally:
        backend.close()


def test_native_backend_can_do_everything() -> None:
    assert BACKENDS["native"].capabilities == frozenset(Capability)


def test_vendor_error_body_is_read_whole_before_it_is_cut() -> None:
    body = (b'{"error":"RecordInvalid","description":"Record validation errors","details":{"base":['
            + b'{"description":"Assignee is not a member of the group","error":"InvalidValue"},' * 8 + b'{}]}}')
    assert len(body) > 400
    exc = error_for(422, body, parse=error_parser("Zendesk"))
    assert isinstance(exc, InvalidRequest)
    assert exc.message == "Zendesk: Record validation errors (HTTP 422)"
    assert error_for(502, b"<html>Bad gateway</html>", parse=error_parser("Zendesk")).message == \
        "HTTP 502: <html>Bad gateway</html>"


def test_retry_after_as_an_http_date() -> None:
    assert parse_retry_after("Mon, 23 Nov 2026 10:00:30 GMT", now=NOW) == 30.0
    assert parse_retry_after("Mon, 23 Nov 2026 09:59:00 GMT", now=NOW) == 0.0  # already past
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("soon") is None
    in_a_minute = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    assert 50 < error_for(429, b"{}", in_a_minute).retry_after <= 60  # type: ignore[attr-defined]


@pytest.fixture
def web_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A plain web server over ``tmp_path``: what answers when a URL points at the wrong thing."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_vendor_answer_that_is_not_json_is_malformed(web_root: tuple[Path, str]) -> None:
    root, url = web_root
    (root / "api" / "v1").mkdir(parents=True)
    (root / "api" / "v1" / "profile").write_text("<html>Please sign in</html>")
    backend = ChatwootBackend(f"{url}/app/accounts/1", "t")
    with pytest.raises(MalformedResponse, match="Chatwoot answered /api/v1/profile with something that is not JSON"):
        backend.whoami()
    backend.close()


def test_poll_stops_when_asked_and_keeps_its_pace() -> None:
    calls: list[float] = []

    def fetch() -> list[int]:
        calls.append(time.monotonic())
        return []

    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    start = time.monotonic()
    assert poll(fetch, bool, wait=30.0, every=10.0, stop=stop) == []
    assert time.monotonic() - start < 5.0  # the stop ended the 10 s pause
    assert len(calls) == 1
    # no room for a call before the deadline: none is made (a rate limit is never exceeded)
    assert poll(fetch, bool, wait=0.1, every=10.0, stop=threading.Event(), not_before=time.monotonic() + 5) is None
    assert len(calls) == 1
    calls.clear()
    found = poll(lambda: [*calls, fetch()], lambda a: len(a) == 3, wait=5.0, every=0.05, stop=threading.Event())
    assert found is not None
    assert (len(found), len(calls)) == (3, 3)  # polled until something came
    assert min(b - a for a, b in pairwise(calls)) >= 0.05
