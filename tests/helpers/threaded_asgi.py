"""An ASGI app served by uvicorn on a loopback port in a daemon thread: the vendor stand-ins' server."""

from __future__ import annotations

import threading
import time

import uvicorn
from starlette.types import ASGIApp


class ThreadedAsgi:
    """Serves ``app`` on 127.0.0.1 (a free port) from :meth:`start` until :meth:`stop`; ``url`` once started."""

    def __init__(self, app: ASGIApp, name: str) -> None:
        self.name = name
        self.url = ""
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                     lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> str:
        """Start serving within 10 s (RuntimeError naming the stand-in otherwise); the base URL."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"the {self.name} stand-in did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
