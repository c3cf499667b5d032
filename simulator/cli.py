"""``supervisor-sim``: serve the simulated contact centre on loopback."""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import h11
import msgspec
import platformdirs
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from api_client import models as m
from apiserver.http import build_app
from apiserver.http.auth import Throttle
from simulator import pages
from simulator.dblock import EXIT_IN_USE, DatabaseLock
from simulator.engine import Config, Engine
from simulator.qa import open_store
from simulator.service import Service

log = logging.getLogger("simulator")
TICK_S = 0.1  # real seconds between clock steps
EXIT_CANNOT_LISTEN = 2
MAX_HEADER_BYTES = 16 * 1024  # h11's limit on a request's head (request line and headers)


class JsonErrorsH11(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, answering a request it cannot parse with the contract's ErrorBody: 431 for
    a head over :data:`MAX_HEADER_BYTES`, 400 for anything else malformed (uvicorn's own answer is plain text)."""

    def send_400_response(self, msg: str) -> None:
        too_large = len(self.conn.trailing_data[0]) > MAX_HEADER_BYTES
        status, error, message = (431, "headers_too_large", f"The request's headers are over {MAX_HEADER_BYTES} "
                                  "bytes") if too_large else (400, "bad_request", "The HTTP request is malformed")
        body = msgspec.json.encode(m.ErrorBody(error=error, message=message))
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=status, headers=headers), h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()


class Clock(threading.Thread):
    """Advances simulated time at ``speed`` x real time (0 = only by /sim/advance).

    With ``parent_pid`` set, calls ``on_orphaned`` once that process is gone (the console
    that started a demo was killed), so no simulator is left running behind it.
    """

    def __init__(self, engine: Engine, speed: float, parent_pid: int | None = None,
                 on_orphaned: Callable[[], None] | None = None) -> None:
        super().__init__(name="sim-clock", daemon=True)
        self.engine = engine
        self.speed = speed
        self.parent_pid = parent_pid
        self.on_orphaned = on_orphaned
        self.stopped = threading.Event()

    def run(self) -> None:
        last = time.monotonic()
        while not self.stopped.wait(TICK_S):
            if self.parent_pid is not None and os.getppid() != self.parent_pid:
                log.warning("parent process %d is gone; shutting down", self.parent_pid)
                if self.on_orphaned:
                    self.on_orphaned()
                return
            now = time.monotonic()
            if self.speed > 0:  # a paused centre changes nothing until /sim/advance
                with self.engine.lock:
                    self.engine.advance_to(self.engine.now + (now - last) * self.speed)
            last = now


def default_db() -> Path:
    return Path(platformdirs.user_data_dir("supervisor-console")) / "simulator.sqlite"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="supervisor-sim", description="Serve a simulated contact centre "
                                "speaking the native ticketing API (/api/v1) on loopback.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    p.add_argument("--port", type=int, default=8765, help="port, 0 for any free one (default: %(default)s)")
    p.add_argument("--seed", type=int, default=1,
                   help="random seed: same seed and start, same centre (default: %(default)s)")
    p.add_argument("--speed", type=float, default=1.0,
                   help="simulated seconds per real second; 0: time moves only via POST /sim/advance "
                   "(default: %(default)s)")
    p.add_argument("--db", type=Path, default=None, help="SQLite file (default: in the user data dir)")
    p.add_argument("--scenario", choices=("normal", "peak", "agent-outage"), default="normal",
                   help="what the day brings (default: %(default)s)")
    p.add_argument("--agents", type=int, default=60, help="agents in a new centre (default: %(default)s)")
    p.add_argument("--open-tickets", type=int, default=0,
                   help="extra backlog of open tickets in a new centre (default: %(default)s)")
    p.add_argument("--start", type=datetime.fromisoformat, default=None,
                   help="simulated start time of a new centre, ISO 8601 with offset (default: today 09:30 UTC)")
    p.add_argument("--reset", action="store_true",
                   help="delete the database and build a new centre (refused while another simulator has it open)")
    p.add_argument("--auth-failures", type=int, default=20,
                   help="wrong tokens a client address may send a minute before every token from it gets 429 "
                   "for the rest of that minute (default: %(default)s)")
    p.add_argument("--tokens-file", type=Path, default=None,
                   help="where to write the API tokens (mode 0600; default: beside the database)")
    p.add_argument("--exit-with-parent", action="store_true",
                   help="shut down when the process that started this one exits (used by --demo)")
    p.add_argument("--ready-json", action="store_true",
                   help="print one JSON line with url, tokens_file and pid on stdout when ready")
    args = p.parse_args(argv)
    if args.start is not None and args.start.tzinfo is None:
        p.error("--start needs a UTC offset, e.g. 2026-11-23T09:30:00+00:00")
    if args.agents < 1 or args.open_tickets < 0 or args.speed < 0 or args.auth_failures < 1:
        p.error("--agents and --auth-failures must be >= 1, --open-tickets and --speed >= 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    db_path = args.db or default_db()
    tokens_file = args.tokens_file or db_path.with_name(db_path.name + ".tokens.json")
    config = Config(seed=args.seed, start=args.start, agents=args.agents, open_tickets=args.open_tickets,
                    scenario=args.scenario)

    # The port first, then the database's lock, and only then the database (deleted by --reset): a simulator that
    # cannot serve, or whose database another one has open, leaves the database as it was.
    # IPPROTO_TCP explicitly: asyncio then sets TCP_NODELAY (else every keep-alive answer waits ~40 ms).
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        log.error("cannot listen on %s:%s: %s", args.host, args.port, exc)
        sock.close()
        return EXIT_CANNOT_LISTEN
    db_lock = DatabaseLock(db_path)
    if not db_lock.acquire():
        log.error("the database %s is in use by another simulator (pid %s); left as it is", db_path,
                  db_lock.holder() or "unknown")
        sock.close()
        return EXIT_IN_USE
    try:
        return _serve(args, sock, db_path, tokens_file, config)
    finally:
        db_lock.release()


def _serve(args: argparse.Namespace, sock: socket.socket, db_path: Path, tokens_file: Path, config: Config) -> int:
    """Open the centre on ``db_path`` (its lock held) and serve it on the bound ``sock`` until told to stop."""
    started = time.perf_counter()
    engine = Engine.open(db_path, config, reset=args.reset)
    service = Service(engine, clock_rate=args.speed)
    qa = open_store(engine)
    tokens = service.issue_tokens(tokens_file)
    with engine.lock:
        if args.scenario != engine.scenario:
            engine.set_scenario(args.scenario)
    log.info("centre ready in %.1f s: %d agents, %d open tickets, cursor %d", time.perf_counter() - started,
             len(engine.agents), engine.open_count(), engine.cursor)
    sock.listen(128)  # connections queue from now on, before uvicorn starts serving
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{port}"
    service.web_base = pages.web_base(args.host, url)
    if tokens:
        print(f"API tokens (also in {tokens_file}):", file=sys.stderr)  # noqa: T201
        for role, token in tokens.items():
            print(f"  {role:12} {token}", file=sys.stderr)  # noqa: T201
    print(f"Serving {url}/api/v1  (tokens in {tokens_file})\n"  # noqa: T201
          f"Connect: SUPERVISOR_CONSOLE_TOKEN=<token> supervisor-console --url {url}", file=sys.stderr)
    if args.ready_json:
        ready = json.dumps({"url": url, "tokens_file": str(tokens_file), "pid": os.getpid()})
        print(ready, flush=True)  # noqa: T201

    app = build_app(service, qa, Throttle(limit=args.auth_failures))
    if service.web_base is not None:
        app = pages.with_pages(app, service, qa)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off",
                                           timeout_graceful_shutdown=1, http=JsonErrorsH11,
                                           h11_max_incomplete_event_size=MAX_HEADER_BYTES))

    def orphaned() -> None:
        server.should_exit = True

    clock = Clock(engine, args.speed, os.getppid() if args.exit_with_parent else None, orphaned)
    clock.start()
    try:
        server.run(sockets=[sock])
    finally:
        clock.stopped.set()
        clock.join(timeout=2)
        with engine.lock:
            engine.flush()
            engine.db.close()
        qa.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
