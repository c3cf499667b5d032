"""The API client against a hostile server (tests/helpers/hostile.py): credentials stay with their origin, the
live feed survives bad bytes and absurd waits, and every answer is bounded in size and time (issue 15, 1-5)."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import certifi
import pytest

from api_client import errors
from api_client.feed import MAX_RETRY_AFTER, FeedFollower, FeedState, FeedStatus
from api_client.models import ChangesPage, Snapshot
from api_client.native import NativeBackend, sse_events
from api_client.vendors.chatwoot import ChatwootBackend
from console.infra import log_setup
from simulator.engine.storage import Database
from tests.helpers import hostile as h

TOKEN = "s3cret-token-value"
ME = b'{"id":"u1","name":"Ann","role":"supervisor"}'
SNAPSHOT = b'{"cursor":5,"server_time":"2026-11-23T10:00:00Z","clock_rate":1,"queues":[],"agents":[],"tickets":[]}'


def page(cursor: int, extra: bytes = b"") -> bytes:
    return b'{"cursor":%d,"server_time":"2026-11-23T10:00:00Z","changes":[]%s}' % (cursor, extra)


@pytest.fixture
def server() -> Iterator[h.HostileServer]:
    with h.HostileServer() as s:
        yield s


@pytest.fixture
def evil() -> Iterator[h.HostileServer]:
    with h.HostileServer() as s:
        yield s


def leaked(server: h.HostileServer) -> list[h.Seen]:
    """Requests that carried the token, in any header."""
    return [s for s in server.seen if any(TOKEN in v for v in s.headers.values())]


class Follower:
    """A FeedFollower on its own thread, recording what it reports."""

    def __init__(self, backend: NativeBackend, **kw: object) -> None:
        self.statuses: list[FeedStatus] = []
        self.pages: list[ChangesPage] = []
        self.snapshots: list[Snapshot] = []
        self.follower = FeedFollower(backend, self.snapshots.append, self.pages.append, self.statuses.append,
                                     **kw)  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.follower.run, daemon=True)
        self.thread.start()

    def wait_for(self, condition: Callable[[], bool], timeout: float = 10) -> bool:
        ends = time.monotonic() + timeout
        while not condition() and time.monotonic() < ends:
            time.sleep(0.02)
        return condition()

    def stop(self) -> float:
        """Stop; how long the thread took to end."""
        started = time.monotonic()
        self.follower.stop()
        self.thread.join(10)
        assert not self.thread.is_alive()
        return time.monotonic() - started


# ---------------------------------------------------------------- 1. credentials stay with their origin
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_no_redirect_to_another_origin_is_followed(server: h.HostileServer, evil: h.HostileServer,
                                                   status: int) -> None:
    server.on("/api/v1/me", h.redirect(status, evil.url + "/collect?x=1"))
    with pytest.raises(errors.Redirected, match=f"{evil.url}/collect") as info:
        NativeBackend(server.url, TOKEN).whoami()
    assert info.value.location == evil.url + "/collect"
    assert evil.seen == []


def test_a_post_is_not_sent_again_on_a_cross_origin_307(server: h.HostileServer, evil: h.HostileServer) -> None:
    server.on("/api/v1/tickets/7/assign", h.redirect(307, evil.url + "/assign"))
    with pytest.raises(errors.Redirected):
        NativeBackend(server.url, TOKEN).assign(7, 3, "a1", reason="peak")
    assert evil.seen == []
    assert [s.method for s in server.seen] == ["POST"]


def test_another_port_is_another_origin(server: h.HostileServer) -> None:
    other_port = server.url.replace("127.0.0.1", "localhost")  # same port, another host name
    server.on("/api/v1/me", h.redirect(302, other_port + "/api/v1/me"))
    with pytest.raises(errors.Redirected):
        NativeBackend(server.url, TOKEN).whoami()
    assert len(server.seen) == 1


def test_chatwoot_token_header_never_reaches_another_host(server: h.HostileServer, evil: h.HostileServer) -> None:
    server.on("/api/v1/profile", h.redirect(302, evil.url + "/api/v1/profile"))
    evil.on("/api/v1/profile", h.json(200, b'{"id":1,"name":"x","role":"administrator"}'))
    backend = ChatwootBackend(server.url + "/app/accounts/1", TOKEN)
    with pytest.raises(errors.Redirected):
        backend.whoami()
    assert server.seen[0].headers["api_access_token"] == TOKEN
    assert leaked(evil) == []
    assert evil.seen == []


def test_same_origin_redirects_are_followed(server: h.HostileServer) -> None:
    """Within the origin the token may go: a 307 keeps the method and body, a 303 turns into a GET."""
    status = b'{"scenario":"peak","sim_time":"2026-11-23T10:00:00Z","clock_rate":1,"open_tickets":0,"cursor":1}'
    server.on("/api/v1/sim/scenario", h.redirect(307, "/api/v2/scenario"))
    server.on("/api/v2/scenario", h.json(200, status))
    assert NativeBackend(server.url, TOKEN).sim_scenario("peak").scenario == "peak"
    first, second = server.seen
    assert (second.method, second.path, second.body) == ("POST", "/api/v2/scenario", first.body)
    assert second.headers["Authorization"] == f"Bearer {TOKEN}"
    server.seen.clear()
    server.on("/api/v1/me", h.redirect(303, "/api/v1/whoami"))
    server.on("/api/v1/whoami", h.json(200, ME))
    assert NativeBackend(server.url, TOKEN).whoami().id == "u1"
    assert [(s.method, s.path) for s in server.seen] == [("GET", "/api/v1/me"), ("GET", "/api/v1/whoami")]


def test_endless_same_origin_redirects_end(server: h.HostileServer) -> None:
    server.on("/api/v1/me", h.redirect(302, "/api/v1/me"))
    with pytest.raises(errors.Redirected, match="more than 5"):
        NativeBackend(server.url, TOKEN).whoami()


needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


@needs_openssl
def test_https_to_http_downgrade_is_refused(tmp_path: Path, evil: h.HostileServer) -> None:
    cert, key = h.self_signed(tmp_path)
    with h.HostileServer(tls=(cert, key)) as tls:
        port = evil.url.rsplit(":", 1)[1]
        tls.on("/api/v1/me", h.redirect(301, f"http://127.0.0.1:{port}/api/v1/me"))
        with pytest.raises(errors.Redirected, match=r"http://127\.0\.0\.1"):
            NativeBackend(tls.url, TOKEN, verify=str(cert)).whoami()
        assert len(tls.seen) == 1
    assert evil.seen == []


# ---------------------------------------------------------------- 2. the user's CA bundle; private files
@needs_openssl
def test_configured_ca_bundle_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = h.self_signed(tmp_path)
    with h.HostileServer(tls=(cert, key)) as tls:
        tls.on("/api/v1/me", h.json(200, ME))
        for var in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            monkeypatch.setenv(var, certifi.where())  # a bundle that does not know this server
            assert NativeBackend(tls.url, TOKEN, verify=str(cert)).whoami().id == "u1"
            with pytest.raises(errors.Unavailable, match="TLS verification failed"):
                NativeBackend(tls.url, TOKEN).whoami()  # nothing configured: the environment's bundle applies
            monkeypatch.delenv(var)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_console_log_is_private_also_after_rotation(tmp_path: Path) -> None:
    (tmp_path / "console.log").write_text("from an older version\n")
    (tmp_path / "console.log").chmod(0o644)
    path = log_setup.configure(tmp_path)
    try:
        assert private(path)
        handler = next(x for x in log_setup._handlers if isinstance(x, log_setup.PrivateFileHandler))
        handler.doRollover()
        logging.getLogger("test").warning("after the rollover")
        assert private(path)
        assert private(tmp_path / "console.log.1")
        assert "after the rollover" in path.read_text()
    finally:
        log_setup.configure(tmp_path / "other")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_simulator_database_is_private(tmp_path: Path) -> None:
    db = Database(tmp_path / "sim.sqlite")
    try:
        assert db.is_empty()
        assert [p.name for p in sorted(tmp_path.iterdir()) if not private(p)] == []
        assert (tmp_path / "sim.sqlite-wal").exists()
    finally:
        db.close()


# ---------------------------------------------------------------- 3. invalid UTF-8 in the stream
def test_invalid_utf8_in_a_change_event_is_replaced_and_the_feed_goes_on(
        server: h.HostileServer, caplog: pytest.LogCaptureFixture) -> None:
    server.on("/api/v1/snapshot", h.json(200, SNAPSHOT))
    server.on("/api/v1/changes/stream", h.sse([
        h.event("heartbeat", page(5)),
        h.event("changes", page(6, b',"note":"caf\xe9 \xff\xfe"')),  # Latin-1 and garbage inside a string
        h.event("changes", page(7)),
    ]))
    follower = Follower(NativeBackend(server.url, TOKEN))
    assert follower.wait_for(lambda: len(follower.pages) == 3)
    assert [p.cursor for p in follower.pages] == [5, 6, 7]
    assert follower.thread.is_alive()
    assert follower.statuses[-1].state is FeedState.LIVE
    assert "not UTF-8" in caplog.text
    follower.stop()


@pytest.mark.parametrize("chunks", [
    [b"event: changes\r\ndata: a\r", b"\ndata: b\r\n\r\n"],  # a CRLF split across reads
    [b"event: changes\rdata: a\rdata: b\r\r"],  # CR alone
    [b": comment\nid: 3\nevent:changes\ndata:a\n", b"data: b\nretry: 10\n\n", b"data: unfinished"],
])
def test_sse_framing(chunks: list[bytes]) -> None:
    assert list(sse_events(chunks)) == [("changes", "a\nb")]


# ---------------------------------------------------------------- 4. Retry-After
@pytest.mark.parametrize("retry_after", ["999999", "http-date"])
def test_a_huge_retry_after_is_capped_and_the_feed_keeps_trying(server: h.HostileServer, retry_after: str,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    if retry_after == "http-date":
        retry_after = format_datetime(datetime.now(UTC) + timedelta(days=11), usegmt=True)
    server.on("/api/v1/snapshot", h.sequence(h.rate_limited(retry_after), h.json(200, SNAPSHOT)))
    server.on("/api/v1/changes/stream", h.sse([h.event("heartbeat", page(5))]))
    capped = Follower(NativeBackend(server.url, TOKEN))
    assert capped.wait_for(lambda: any(s.retry_in for s in capped.statuses))
    waiting = next(s for s in capped.statuses if s.retry_in)
    assert (waiting.state, waiting.kind, waiting.retry_in) == (FeedState.RECONNECTING, "RateLimited", MAX_RETRY_AFTER)
    assert capped.stop() < 2  # the wait ends with stop()
    assert server.paths() == ["/api/v1/snapshot"]  # the session did not sleep on it either: one request
    server.on("/api/v1/snapshot", h.sequence(h.rate_limited(retry_after), h.json(200, SNAPSHOT)))
    short = Follower(NativeBackend(server.url, TOKEN), max_retry_after=0.5)
    assert short.wait_for(lambda: bool(short.statuses) and short.statuses[-1].state is FeedState.LIVE)
    assert short.snapshots
    assert short.pages
    short.stop()
    assert "(RateLimited): slow down; retrying in 300.0 s" in caplog.text  # the log says the capped wait


# ---------------------------------------------------------------- 5. bounds on size and time
MB = 2**20


@pytest.mark.parametrize("chunked", [False, True])
def test_an_oversized_answer_is_refused(server: h.HostileServer, chunked: bool) -> None:
    server.on("/api/v1/snapshot", h.big(64 * MB, chunked=chunked))
    started = time.monotonic()
    with pytest.raises(errors.TooLarge, match="larger than 4 MB"):
        NativeBackend(server.url, TOKEN, max_body=4 * MB).snapshot()
    assert time.monotonic() - started < 5


def test_an_oversized_error_body_is_read_only_in_part(server: h.HostileServer) -> None:
    server.on("/api/v1/me", h.big(200 * MB, status=500, chunked=True))
    started = time.monotonic()
    with pytest.raises(errors.Unavailable, match="HTTP 500: xxx") as info:
        NativeBackend(server.url, TOKEN).whoami()
    assert info.value.status == 500
    assert time.monotonic() - started < 5  # 1 MB read, not 200


def test_a_503_with_an_unsized_body_is_not_drained_for_a_retry(server: h.HostileServer) -> None:
    server.on("/api/v1/me", h.big(200 * MB, status=503, chunked=True))
    with pytest.raises(errors.Unavailable, match="HTTP 503"):
        NativeBackend(server.url, TOKEN).whoami()
    assert len(server.seen) == 1


def test_a_trickling_answer_ends_at_the_deadline(server: h.HostileServer) -> None:
    server.on("/api/v1/me", h.trickle(ME, every=0.5))  # within every read timeout, for ever
    started = time.monotonic()
    with pytest.raises(errors.Unavailable, match="did not finish answering") as info:
        NativeBackend(server.url, TOKEN, deadline=1.5).whoami()
    assert info.value.code == "deadline"
    assert 1.4 < time.monotonic() - started < 2.5


def test_an_endless_event_is_refused(server: h.HostileServer) -> None:
    server.on("/api/v1/changes/stream", h.endless_event())
    with pytest.raises(errors.TooLarge, match="change event"):
        next(NativeBackend(server.url, TOKEN, max_event=8 * MB).stream(0))


def test_a_close_delimited_stream_goes_live_and_stops(server: h.HostileServer) -> None:
    server.on("/api/v1/snapshot", h.json(200, SNAPSHOT))
    server.on("/api/v1/changes/stream", h.sse([h.event("heartbeat", page(5))], close_delimited=True))
    follower = Follower(NativeBackend(server.url, TOKEN))
    assert follower.wait_for(lambda: any(s.state is FeedState.LIVE for s in follower.statuses), timeout=5)
    assert follower.stop() < 2
    assert follower.statuses[-1].state is FeedState.STOPPED


@pytest.mark.parametrize("where", ["snapshot", "stream", "long-poll"])
def test_the_follower_stops_at_once_whatever_the_server_does(server: h.HostileServer, where: str) -> None:
    """A server that never answers (or never finishes) holds no worker: stop() ends it within 2 s."""
    server.on("/api/v1/snapshot", h.trickle(SNAPSHOT, every=5) if where == "snapshot" else h.json(200, SNAPSHOT))
    server.on("/api/v1/changes/stream", h.silent())
    server.on("/api/v1/changes", h.silent())
    follower = Follower(NativeBackend(server.url, TOKEN), prefer_stream=where != "long-poll")
    path = {"snapshot": "/api/v1/snapshot", "stream": "/api/v1/changes/stream", "long-poll": "/api/v1/changes"}
    assert follower.wait_for(lambda: path[where] in server.paths())
    time.sleep(0.2)
    assert follower.stop() < 2
    assert [s.state for s in follower.statuses][-1] is FeedState.STOPPED
    assert FeedState.RECONNECTING not in [s.state for s in follower.statuses]  # an abort is not an error
