"""``supervisor-hub``: serve the hub, manage its users, migrate its database.

    supervisor-hub serve --db URL --upstream-kind native --upstream-url URL
    supervisor-hub users add ID --role ROLE [--name NAME]    prints the new token once (stored hashed)
    supervisor-hub users revoke ID | users list
    supervisor-hub migrate --db URL

The database URL comes from ``--db`` or ``SUPERVISOR_HUB_DB``. The upstream's credential never comes from the
command line (other users see it in ``ps``): it is read from ``--upstream-token-file``, from the environment
variable ``SUPERVISOR_HUB_UPSTREAM_TOKEN``, or from the system keyring (service ``supervisor-hub``, user the
upstream URL), in that order; it is never logged.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import uvicorn
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from api_client.errors import ApiError
from api_client.feed import Backoff
from api_client.registry import BACKENDS, connect
from apiserver.http.auth import Throttle
from hub.app import MAX_LAG_S, build_hub_app
from hub.centre import HubCentre, Upstream
from hub.db import engine_for, migrate
from hub.follower import Follower
from hub.qa_pending import PendingQaStore
from hub.store import RETENTION, ROLES, Store

log = logging.getLogger("hub")
TOKEN_ENV = "SUPERVISOR_HUB_UPSTREAM_TOKEN"
DB_ENV = "SUPERVISOR_HUB_DB"
KEYRING_SERVICE = "supervisor-hub"
EXIT_USAGE = 2


class JsonLogs(logging.Formatter):
    """One JSON object a line: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": self.formatTime(record), "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="supervisor-hub", description="The contact centre's hub: follows one helpdesk, "
                                "serves the native API to every console.")
    p.add_argument("--db", default=os.environ.get(DB_ENV), help=f"database URL: sqlite:///PATH or "
                   f"postgresql://USER@HOST/DB (default: ${DB_ENV})")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="follow the upstream and serve consoles")
    serve.add_argument("--upstream-kind", required=True, choices=sorted(BACKENDS))
    serve.add_argument("--upstream-url", required=True)
    serve.add_argument("--upstream-token-file", type=Path, help="a file holding the upstream's token")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (TLS goes in front: docs/hub.md)")
    serve.add_argument("--port", type=int, default=8480)
    serve.add_argument("--max-lag", type=float, default=MAX_LAG_S,
                       help="/readyz fails when the upstream was not heard from for this many seconds")
    serve.add_argument("--retention", type=_at_least(10), default=RETENTION,
                       help="changes kept; a console further behind takes a new snapshot (default: %(default)s)")
    serve.add_argument("--auth-failures", type=int, default=20, help="wrong tokens a client may send a minute")
    serve.add_argument("--ready-json", action="store_true", help="print one JSON line with url and pid when ready")
    users = sub.add_parser("users", help="console users and their tokens")
    usub = users.add_subparsers(dest="action", required=True)
    add = usub.add_parser("add", help="create a user (or give one a new token) and print the token once")
    add.add_argument("id")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", help="the name consoles show (default: the id)")
    revoke = usub.add_parser("revoke", help="revoke a user's token")
    revoke.add_argument("id")
    usub.add_parser("list", help="list users, their roles and whether they have a token")
    sub.add_parser("migrate", help="bring the database to the newest schema (also done by serve)")
    args = p.parse_args(argv)
    if not args.db:
        p.error(f"no database: give --db or set {DB_ENV}")
    return args


def _at_least(low: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"at least {low}, got {value}")
        return value
    return parse


def upstream_token(args: argparse.Namespace) -> str | None:
    """The upstream's credential: from the file, the environment or the keyring; None if none is set."""
    if args.upstream_token_file:
        return args.upstream_token_file.read_text(encoding="utf-8").strip()
    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV]
    import keyring  # only when needed: a keyring backend may be slow to load
    from keyring.errors import KeyringError
    try:
        return keyring.get_password(KEYRING_SERVICE, args.upstream_url)
    except KeyringError as exc:
        log.warning("no keyring to read the upstream's token from (%s)", type(exc).__name__)
        return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogs())
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    try:
        store = Store(_migrated(args.db), getattr(args, "retention", RETENTION))
    except (ValueError, SQLAlchemyError) as exc:
        print(f"supervisor-hub: cannot open the database: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    if args.command == "users":
        return _users(store, args)
    if args.command == "migrate":
        return 0
    return serve(store, args)


def _migrated(url: str) -> Engine:
    engine = engine_for(url)
    migrate(engine)
    return engine


def _users(store: Store, args: argparse.Namespace) -> int:
    if args.action == "add":
        token = store.add_user(args.id, args.name or args.id, args.role)
        print(token)  # noqa: T201 - shown once; only its hash is kept
    elif args.action == "revoke":
        if not store.revoke(args.id):
            print(f"supervisor-hub: no user {args.id!r}", file=sys.stderr)  # noqa: T201
            return 1
    else:
        for uid, name, role, active in store.list_users():
            print(f"{uid}\t{role}\t{'active' if active else 'revoked'}\t{name}")  # noqa: T201
    return 0


def serve(store: Store, args: argparse.Namespace) -> int:
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        log.error("cannot listen on %s:%s: %s", args.host, args.port, exc)
        sock.close()
        return EXIT_USAGE
    token = upstream_token(args)
    try:
        writer = connect(args.upstream_kind, args.upstream_url, token)
        follower = Follower(store, connect(args.upstream_kind, args.upstream_url, token))
    except ValueError as exc:
        log.error("bad upstream: %s", exc)
        return EXIT_USAGE
    centre = HubCentre(store, Upstream(writer, args.upstream_kind), follower.lag_s)
    stop = threading.Event()
    threading.Thread(target=_settle, args=(centre, stop), name="hub-settle", daemon=True).start()
    follower.start()
    while not follower.loaded.wait(5):
        log.info("waiting for the upstream's first snapshot (%s)", follower.status.error or follower.status.state.value)
    sock.listen(512)
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{sock.getsockname()[1]}"
    log.info("serving %s/api/v1, following %s at %s", url, args.upstream_kind, args.upstream_url)
    if args.ready_json:
        print(json.dumps({"url": url, "pid": os.getpid()}), flush=True)  # noqa: T201
    app = build_hub_app(centre, PendingQaStore(), follower,
                        Throttle(limit=args.auth_failures), max_lag_s=args.max_lag)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1))
    try:
        server.run(sockets=[sock])
    finally:
        stop.set()
        follower.stop()
        writer.close()
    return 0


def _settle(centre: HubCentre, stop: threading.Event) -> None:
    """Settle the writes a stopped hub left pending, retrying while the upstream cannot be reached."""
    backoff = Backoff(base=1.0, cap=60.0)
    while not stop.is_set():
        try:
            with centre.upstream.turn() as backend:
                centre.settle_pending(backend)
            return
        except (ApiError, SQLAlchemyError) as exc:
            delay = backoff.next()
            log.warning("cannot settle pending writes yet (%s); retrying in %.0f s", type(exc).__name__, delay)
            stop.wait(delay)


if __name__ == "__main__":
    sys.exit(main())
