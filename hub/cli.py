"""``supervisor-hub``: serve the hub, manage its users, migrate its database.

    supervisor-hub serve --db URL --upstream-kind native --upstream-url URL [--mirror-reviews]
    supervisor-hub users add ID --role ROLE [--name NAME]    prints the new token once (stored hashed)
    supervisor-hub users revoke ID | users list
    supervisor-hub migrate --db URL
    supervisor-hub signin zendesk --upstream-url URL --oauth-client ID [--oauth-token-file PATH]

The database URL comes from ``--db`` or ``SUPERVISOR_HUB_DB``. The upstream's credential never comes from the
command line (other users see it in ``ps``): it is read from ``--upstream-token-file``, from the environment
variable ``SUPERVISOR_HUB_UPSTREAM_TOKEN``, or from the system keyring (service ``supervisor-hub``, user the
upstream URL), in that order; it is never logged. A Zendesk hub may instead hold an OAuth sign-in (``signin``, then
``serve --oauth-client ID``: :mod:`hub.credentials`). The webhook secret (:mod:`hub.webhooks`) comes likewise from
``--webhook-secret-file``, ``SUPERVISOR_HUB_WEBHOOK_SECRET`` or the keyring (user ``webhook``).
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
from typing import Any

import uvicorn
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from api_client.errors import ApiError
from api_client.feed import Backoff
from api_client.registry import BACKENDS, connect
from api_client.vendors.zendesk_oauth import OAuthCredential, SignIn
from apiserver.db import connect as connect_db
from apiserver.http.auth import Throttle
from hub.app import MAX_LAG_S, build_hub_app
from hub.centre import HubCentre, Upstream
from hub.credentials import FileRefreshStore, read_secret, refresh_store
from hub.db import application_name, libpq_dsn, migrate
from hub.follower import Follower
from hub.interactions import INTERVAL_S, PER_PASS, Importer
from hub.leader import AlreadyServed, Leadership, sole_server
from hub.notify import Listener
from hub.qa import Mirror, open_store
from hub.store import RETENTION, ROLES, WRITE_LEASE_S, Store
from hub.webhooks import KINDS as HOOK_KINDS

log = logging.getLogger("hub")
TOKEN_ENV = "SUPERVISOR_HUB_UPSTREAM_TOKEN"
WEBHOOK_ENV = "SUPERVISOR_HUB_WEBHOOK_SECRET"
DB_ENV = "SUPERVISOR_HUB_DB"
EXIT_USAGE = 2
SETTLE_S = 2.0  # how often a replica looks for pending writes whose lease lapsed


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
    serve.add_argument("--mirror-reviews", action="store_true",
                       help="also write each submitted review on the helpdesk, as an internal note on its ticket")
    serve.add_argument("--interactions-every", type=float, default=INTERVAL_S, metavar="SECONDS",
                       help="seconds between imports of the helpdesk's interactions (default: %(default)s)")
    serve.add_argument("--interactions-per-pass", type=_at_least(1), default=PER_PASS, metavar="N",
                       help="interactions (tickets on a helpdesk) one import takes at most (default: %(default)s)")
    serve.add_argument("--ready-json", action="store_true", help="print one JSON line with url and pid when ready")
    serve.add_argument("--poll-interval", type=float, help="seconds between polls of a helpdesk without a change "
                       "stream (default: the backend's); with webhooks this is the safety net and may be longer")
    serve.add_argument("--webhook-secret-file", type=Path, help=f"a file holding the webhook signing secret (or "
                       f"${WEBHOOK_ENV}, or the keyring); with one, POST /hooks/zendesk or /hooks/chatwoot is served")
    _oauth_args(serve)
    signin = sub.add_parser("signin", help="sign the hub in to Zendesk with OAuth (on the hub's machine)")
    signin.add_argument("vendor", choices=["zendesk"])
    signin.add_argument("--upstream-url", required=True, help="https://SUBDOMAIN.zendesk.com")
    signin.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the browser")
    _oauth_args(signin, required=True)
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
    if not args.db and args.command != "signin":
        p.error(f"no database: give --db or set {DB_ENV}")
    return args


def _oauth_args(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--oauth-client", required=required, help="Zendesk: the OAuth client's unique identifier; the hub "
                   "then uses its own sign-in (supervisor-hub signin zendesk) instead of a token")
    p.add_argument("--oauth-token-file", type=Path, help="keep the Zendesk refresh token in this file (mode 0600) "
                   "instead of the system keyring (a server usually has no secure keyring)")


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
    return read_secret(args.upstream_token_file, TOKEN_ENV, args.upstream_url)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogs())
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    if args.command == "signin":
        return sign_in(args)
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
    engine = connect_db(url, application_name())
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
    try:
        token, options = _upstream_credential(args)
        hook_secret = read_secret(args.webhook_secret_file, WEBHOOK_ENV, "webhook")
        if hook_secret and args.upstream_kind not in HOOK_KINDS:
            raise ValueError(f"{args.upstream_kind} sends no webhooks the hub takes (only {', '.join(HOOK_KINDS)})")
        writer = connect(args.upstream_kind, args.upstream_url, token, **options)
        reader = connect(args.upstream_kind, args.upstream_url, token, **options)  # interactions and recordings
    except (ValueError, OSError) as exc:
        log.error("bad upstream: %s", exc)
        return EXIT_USAGE
    follower: Follower | Leadership
    listener = sole = None
    if store.engine.dialect.name == "postgresql":  # one of any number of replicas: LISTEN, and lead or stand by
        follower = Leadership(store, lambda: connect(args.upstream_kind, args.upstream_url, token, **options),
                              libpq_dsn(store.engine))
        listener = Listener(store, libpq_dsn(store.engine), on_wake=follower.wake_here)
        listener.start()
    else:
        try:
            sole = sole_server(store.engine)
        except AlreadyServed as exc:
            log.error("%s", exc)
            return EXIT_USAGE
        follower = Follower(store, connect(args.upstream_kind, args.upstream_url, token, **options))
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
    importer = Importer(store, reader, args.upstream_kind, args.interactions_every, args.interactions_per_pass,
                        active=lambda: not isinstance(follower, Leadership) or follower.leading)
    mirror = Mirror(store, centre.upstream) if args.mirror_reviews else None
    app = build_hub_app(centre, open_store(store, reader, mirror), follower,
                        Throttle(limit=args.auth_failures), max_lag_s=args.max_lag, webhook_secret=hook_secret)
    importer.start()
    if mirror is not None:
        app.state.metrics.registry.register(mirror.collector())
        mirror.start()
    if hook_secret:
        log.info("taking %s webhooks at %s/hooks/%s", args.upstream_kind, url, args.upstream_kind)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1))
    try:
        server.run(sockets=[sock])
    finally:
        stop.set()
        importer.stop()
        if mirror is not None:
            mirror.stop()
        follower.stop()
        if listener is not None:
            listener.stop()
        if sole is not None:
            sole.close()
        writer.close()
        reader.close()
    return 0


def _upstream_credential(args: argparse.Namespace) -> tuple[str | None, dict[str, Any]]:
    """The upstream's token and the backend's options: a Zendesk OAuth credential (the hub's own sign-in, shared by
    the follower and the writer) with ``--oauth-client``, else the token from file, environment or keyring."""
    options: dict[str, Any] = {} if args.poll_interval is None else {"poll_s": args.poll_interval}
    if not args.oauth_client:
        return upstream_token(args), options
    if args.upstream_kind != "zendesk":
        raise ValueError("--oauth-client is for a Zendesk upstream")
    store = refresh_store(args.upstream_url, args.oauth_token_file)
    if store.load() is None:
        raise ValueError("the hub is not signed in to Zendesk: run supervisor-hub signin zendesk first")
    options["credential"] = OAuthCredential(args.upstream_url, args.oauth_client, store)
    return None, options


def sign_in(args: argparse.Namespace) -> int:
    """Sign the hub in to Zendesk: print the authorization page's address, wait for the browser on this machine, keep
    the refresh token (the keyring, or ``--oauth-token-file``)."""
    try:
        store = refresh_store(args.upstream_url, args.oauth_token_file)
        flow = SignIn(args.upstream_url, args.oauth_client)
    except ValueError as exc:
        print(f"supervisor-hub: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE
    print("Open this address in a browser on this machine (it returns to "  # noqa: T201
          f"{flow.receiver.redirect_uri}):\n{flow.url}", flush=True)
    try:
        tokens = flow.finish(args.timeout)
    except ApiError as exc:
        print(f"supervisor-hub: Zendesk sign-in failed: {exc.message}", file=sys.stderr)  # noqa: T201
        return 1
    OAuthCredential(args.upstream_url, args.oauth_client, store).adopt(tokens)
    where = store.path if isinstance(store, FileRefreshStore) else "the system keyring"
    print(f"Signed in; the refresh token is in {where}.")  # noqa: T201
    return 0


def _settle(centre: HubCentre, stop: threading.Event) -> None:
    """Settle the writes a hub left pending (this one before a restart, another replica, or this one when it could
    not record an outcome), at start and every SETTLE_S; meanwhile keep holding the writes this one is sending
    (:meth:`Store.renew_writes`)."""
    backoff = Backoff(base=1.0, cap=60.0)
    threading.Thread(target=_keep_held, args=(centre.store, stop), name="hub-hold", daemon=True).start()
    wait = 0.0
    while not stop.wait(wait):
        try:
            centre.settle_pending()
            backoff.reset()
            wait = SETTLE_S
        except (ApiError, SQLAlchemyError) as exc:
            wait = backoff.next()
            log.warning("cannot settle pending writes yet (%s); retrying in %.0f s", type(exc).__name__, wait)


def _keep_held(store: Store, stop: threading.Event) -> None:
    """Renew this replica's hold on its pending writes well within their lease, until ``stop``."""
    while not stop.wait(WRITE_LEASE_S / 4):
        try:
            store.renew_writes()
        except SQLAlchemyError as exc:
            log.warning("cannot renew the hold on pending writes (%s)", type(exc).__name__)


if __name__ == "__main__":
    sys.exit(main())
