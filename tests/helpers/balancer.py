"""A round-robin TCP balancer on a free loopback port, in front of the hub's replicas (tests and benchmarks).

Each new connection goes to the next backend that accepts it (one that refuses, a replica killed, is skipped),
and bytes pass both ways unchanged and unbuffered, so a server-sent event stream passes as it is; when either
side closes, the other is closed. No stickiness, as docs/hub.md says a balancer in front of replicas needs none.
It runs an asyncio loop on a thread of its own; ``active[i]`` counts the connections open to backend ``i`` now.
A few dozen lines instead of haproxy: nothing to install for ./dev test or CI, and a test reads ``active``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading

CONNECT_TIMEOUT_S = 2.0
CHUNK = 65536


class Balancer:
    """Balances over ``backends`` ((host, port) each) until :meth:`stop`."""

    def __init__(self, backends: list[tuple[str, int]]) -> None:
        self.backends = backends
        self.active = [0] * len(backends)
        self.port = 0
        self._turn = itertools.count()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._loop.run_until_complete, args=(self._serve(),),
                                        name="balancer", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Balancer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the balancer did not start")
        return self

    def stop(self) -> None:
        if self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(10)
        self._loop.close()

    async def _serve(self) -> None:
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=2048)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stopped.wait()
            server.close()
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        for _ in range(len(self.backends)):
            i = next(self._turn) % len(self.backends)
            try:
                backend_r, backend_w = await asyncio.wait_for(asyncio.open_connection(*self.backends[i]),
                                                              CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError):
                continue
            break
        else:
            client_w.close()
            return
        self.active[i] += 1
        pipes = [asyncio.ensure_future(_pipe(client_r, backend_w)), asyncio.ensure_future(_pipe(backend_r, client_w))]
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.active[i] -= 1
            for task in pipes:
                task.cancel()
            for w in (client_w, backend_w):
                w.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()


def main(argv: list[str]) -> None:
    """``python -m tests.helpers.balancer PORT...``: balance over loopback ports; prints its own port, runs until
    killed (a process of its own, so a benchmark's clients and the balancer do not share one interpreter)."""
    balancer = Balancer([("127.0.0.1", int(port)) for port in argv]).start()
    print(balancer.port, flush=True)  # noqa: T201
    balancer._thread.join()


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
