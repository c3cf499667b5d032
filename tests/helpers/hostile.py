"""A hostile HTTP server on loopback: a real socket server in a thread that misbehaves on demand.

``server.on(path, behaviour)`` scripts a path (the query is ignored); each behaviour below writes one answer
the way a broken or malicious server would: redirects to anywhere, invalid UTF-8 in an event stream, a 429
that asks for days, bodies of any size, an event that never ends, a body that trickles, a stream that is
neither chunked nor sized (ended by closing the connection). Every request is recorded (method, path,
headers, body) so a test can see what the client sent, and to whom. ``close()`` ends every answer at once.
"""

from __future__ import annotations

import ssl
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Behaviour = Callable[["Handler"], None]
_BLOCK = b"x" * 2**20


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        self.server.hostile.seen.append(Seen(self.command, path, dict(self.headers.items()), body))
        behaviour = self.server.hostile.script.get(path) or json(404, b'{"error":"not_found","message":"no"}')
        try:
            behaviour(self)
        except (OSError, ValueError):  # the client went away, or the server is closing
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_HEAD = _answer  # noqa: N815 - the names http.server dispatches to

    @property
    def stopping(self) -> threading.Event:
        return self.server.hostile.stopping

    def head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def chunk(self, data: bytes) -> None:
        """One chunk of a chunked body."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    hostile: HostileServer


class HostileServer:
    """The server (``url``), its script (``on``) and what it saw (``seen``). ``tls`` = (cert file, key file)."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.script: dict[str, Behaviour] = {}
        self.seen: list[Seen] = []
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.hostile = self
        scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            scheme = "https"
        self.url = f"{scheme}://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="hostile-server", daemon=True)
        self._thread.start()

    def on(self, path: str, behaviour: Behaviour) -> HostileServer:
        self.script[path] = behaviour
        return self

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def close(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------- behaviours
def json(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    """A plain answer with a Content-Length."""

    def answer(h: Handler) -> None:
        h.head(status, {"Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})})
        h.wfile.write(body)

    return answer


def redirect(status: int, location: str) -> Behaviour:
    """301/302/303/307/308 to ``location`` (any origin or scheme)."""
    return json(status, b"{}", {"Location": location})


def rate_limited(retry_after: str) -> Behaviour:
    """429 with this Retry-After (seconds or an HTTP date)."""
    return json(429, b'{"error":"rate_limited","message":"slow down"}', {"Retry-After": retry_after})


def big(size: int, *, status: int = 200, chunked: bool = False) -> Behaviour:
    """A body of ``size`` bytes (written from one 1 MB block), sized or chunked."""

    def answer(h: Handler) -> None:
        length = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(size)}
        h.head(status, {"Content-Type": "application/json", **length})
        left = size
        while left > 0 and not h.stopping.is_set():
            block = _BLOCK[:min(left, len(_BLOCK))]
            h.chunk(block) if chunked else h.wfile.write(block)
            left -= len(block)
        if chunked:
            h.wfile.write(b"0\r\n\r\n")

    return answer


def trickle(body: bytes, every: float, *, status: int = 200) -> Behaviour:
    """A sized body sent one byte every ``every`` seconds."""

    def answer(h: Handler) -> None:
        h.head(status, {"Content-Type": "application/json", "Content-Length": str(len(body))})
        for i in range(len(body)):
            h.wfile.write(body[i:i + 1])
            h.wfile.flush()
            if h.stopping.wait(every):
                return

    return answer


def sse(events: Iterable[bytes], *, close_delimited: bool = False, hold: float = 60.0) -> Behaviour:
    """An event stream: ``events`` (raw bytes, e.g. b"event: heartbeat\\ndata: {...}\\n\\n"), then the connection
    held open ``hold`` seconds. Chunked, or ``close_delimited`` (HTTP/1.0 style: no length, the end is the close)."""

    def answer(h: Handler) -> None:
        framing = {"Connection": "close"} if close_delimited else {"Transfer-Encoding": "chunked"}
        h.head(200, {"Content-Type": "text/event-stream", **framing})
        for event in events:
            if close_delimited:
                h.wfile.write(event)
                h.wfile.flush()
            else:
                h.chunk(event)
        h.stopping.wait(hold)
        h.close_connection = True

    return answer


def endless_event(every: float = 0.0) -> Behaviour:
    """An event stream whose one event never ends: ``data:`` then 1 MB of x after 1 MB, no newline, ever."""

    def answer(h: Handler) -> None:
        h.head(200, {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"})
        h.chunk(b"event: changes\ndata: ")
        while not h.stopping.is_set():
            h.chunk(_BLOCK)
            if every:
                h.stopping.wait(every)

    return answer


def silent(hold: float = 60.0) -> Behaviour:
    """Reads the request and never answers (until the server closes)."""

    def answer(h: Handler) -> None:
        h.stopping.wait(hold)
        h.close_connection = True

    return answer


def sequence(*behaviours: Behaviour) -> Behaviour:
    """Each call plays the next behaviour; the last one repeats."""
    queue = list(behaviours)

    def answer(h: Handler) -> None:
        (queue.pop(0) if len(queue) > 1 else queue[0])(h)

    return answer


def self_signed(directory: Path, name: str = "hostile") -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert file, key file), made by the ``openssl`` command."""
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", f"/CN={name}",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


def event(kind: str, data: Any) -> bytes:
    """One SSE event (``data`` as bytes, or str encoded as UTF-8)."""
    payload = data if isinstance(data, bytes) else str(data).encode()
    return b"event: %s\ndata: %s\n\n" % (kind.encode(), payload)
