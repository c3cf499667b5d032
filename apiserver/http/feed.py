"""The change feed over HTTP: the long-poll (``GET /changes``) and the event stream (``/changes/stream``).

Waiting for a change holds no thread: :class:`FeedHead` is told the feed's new head by the centre
(from whichever thread wrote it) and wakes the requests awaiting it on the event loop, one wake-up per loop.
Streams that ask for the same page at once (every console at the head, after each change) share one read of it
and the one event made of it (:class:`SharedEvents`), so the cost of a change grows with the changes, not with
the streams.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from collections import defaultdict
from collections.abc import AsyncIterator

import anyio
import msgspec
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from apiserver.http.backend import Centre, centre
from apiserver.http.params import Query
from apiserver.http.responses import json
from apiserver.problems import Problem

SSE_WAIT_S = 5.0  # a heartbeat event at least this often
SSE_BATCH = 2000
_CURSOR_RE = re.compile(r"[0-9]{1,18}")
_ENC = msgspec.json.Encoder()


class FeedHead:
    """The feed's newest cursor, which requests on the event loop can await."""

    def __init__(self, cursor: int) -> None:
        self.cursor = cursor
        self.events = SharedEvents()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def advance(self, cursor: int) -> None:
        """Record the new head and wake every waiter; any thread may call this."""
        with self._lock:
            if cursor == self.cursor:
                return
            self.cursor = cursor
            waiters, self._waiters = self._waiters, []
        by_loop: defaultdict[asyncio.AbstractEventLoop, list[asyncio.Event]] = defaultdict(list)
        for loop, event in waiters:
            by_loop[loop].append(event)
        for loop, events in by_loop.items():  # one wake-up of each loop, not one per waiter
            with contextlib.suppress(RuntimeError):  # the loop has closed (the server is stopping)
                loop.call_soon_threadsafe(_set_all, events)

    async def wait_past(self, cursor: int, timeout: float) -> None:
        """Return once the head moves past ``cursor``, or after ``timeout`` seconds. A cursor that is
        not the head returns at once: behind it there are changes, ahead of it there is nothing to wait for."""
        event = asyncio.Event()
        waiter = (asyncio.get_running_loop(), event)
        with self._lock:
            if self.cursor != cursor or timeout <= 0:
                return
            self._waiters.append(waiter)
        try:
            with anyio.move_on_after(timeout):
                await event.wait()
        finally:
            with self._lock:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)


def _set_all(events: list[asyncio.Event]) -> None:
    for event in events:
        event.set()


class SharedEvents:
    """The stream's next event after a cursor, read once for every stream that asks for it at the same time."""

    def __init__(self) -> None:
        self._reading: dict[tuple[asyncio.AbstractEventLoop, int], asyncio.Future[tuple[int, bytes]]] = {}

    async def after(self, backend: Centre, cursor: int) -> tuple[int, bytes]:
        """(The new cursor, the event: changes after ``cursor``, or a heartbeat); raises the centre's Problem."""
        key = (asyncio.get_running_loop(), cursor)
        reading = self._reading.get(key)
        if reading is None:
            reading = self._reading[key] = asyncio.ensure_future(self._read(backend, cursor))
            reading.add_done_callback(lambda done: self._done(key, done))
        return await asyncio.shield(reading)  # a stream that goes away does not cancel the others' read

    def _done(self, key: tuple[asyncio.AbstractEventLoop, int], done: asyncio.Future[tuple[int, bytes]]) -> None:
        self._reading.pop(key, None)
        if not done.cancelled():
            done.exception()  # retrieved: every stream that wanted it has it

    @staticmethod
    async def _read(backend: Centre, cursor: int) -> tuple[int, bytes]:
        last, page = await run_in_threadpool(backend.changes, cursor, SSE_BATCH)
        # An empty page is the heartbeat: the client sees the server's clock and knows it is alive.
        kind = b"heartbeat" if last == cursor else b"changes"
        return last, b"id: %d\nevent: %s\ndata: %s\n\n" % (last, kind, page)


def feed_head(request: Request) -> FeedHead:
    return request.app.state.feed


async def changes(request: Request) -> Response:
    """A page of changes after ``cursor``, waiting up to ``wait`` seconds for one (long-poll)."""
    query = Query(request, "/changes")
    cursor = query.integer("cursor", 0) or 0
    limit = query.count("limit", 1000)
    await feed_head(request).wait_past(cursor, query.number("wait", 0.0, 60.0))
    _, page = await run_in_threadpool(centre(request).changes, cursor, limit)
    return json(page)


async def stream(request: Request) -> Response:
    """Server-sent events: a page of changes whenever there are some, a heartbeat at least every 5 s."""
    cursor = Query(request, "/changes/stream").integer("cursor", 0) or 0  # checked even when the header wins
    header = request.headers.get("last-event-id")
    if header is not None:
        if not _CURSOR_RE.fullmatch(header):
            raise Problem(400, "bad_parameter", "Last-Event-ID must be a cursor number", field="Last-Event-ID")
        cursor = int(header)
    backend = centre(request)
    await run_in_threadpool(backend.changes, cursor, 1)  # fail fast (400/410) before the stream starts
    return StreamingResponse(_events(backend, feed_head(request), cursor), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def _events(backend: Centre, head: FeedHead, cursor: int) -> AsyncIterator[bytes]:
    yield b"retry: 2000\n\n"
    wait = 0.0  # the first page goes out at once: the client knows it is connected
    while True:
        await head.wait_past(cursor, wait)
        try:
            cursor, event = await head.events.after(backend, cursor)
        except Problem as p:
            yield b"event: error\ndata: %s\n\n" % _ENC.encode(p.body)
            return
        wait = SSE_WAIT_S
        yield event
