"""The hub's ASGI application: the contract (``/api/v1``, the same surface the simulator serves) from the hub's
centre and a QA store, plus ``/healthz``, ``/readyz`` and ``/metrics`` for operators."""

from __future__ import annotations

import msgspec
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api_client.feed import FeedState
from apiserver.http import build_app
from apiserver.http.auth import Throttle
from apiserver.http.backend import QaStore
from hub.centre import HubCentre
from hub.follower import Follower
from hub.leader import Leadership
from hub.metrics import CountConsoles, HubMetrics
from hub.webhooks import Receiver

MAX_LAG_S = 60.0  # /readyz fails when the helpdesk has not been heard from for longer


def _json(value: object, status: int = 200) -> Response:
    return Response(msgspec.json.encode(value), status, media_type="application/json")


def build_hub_app(centre: HubCentre, qa_store: QaStore, follower: Follower | Leadership,
                  throttle: Throttle | None = None, max_lag_s: float = MAX_LAG_S,
                  webhook_secret: str | None = None) -> Starlette:
    """The hub's application; ``follower`` follows the upstream (for readiness and metrics): the thread itself, or
    on PostgreSQL the replica's leadership, which follows while this replica leads. With ``webhook_secret``, the
    upstream's webhooks (``/hooks/KIND``: :mod:`hub.webhooks`) wake the follower (the leader's, whichever replica
    takes them)."""
    store = centre.store
    writer = centre.upstream.backend
    metrics = HubMetrics(lag_s=follower.lag_s, calls=lambda: follower.calls + _calls(centre),
                         write_queue=lambda: centre.upstream.waiting, head=lambda: store.head,
                         budget=lambda: budget.state() if (budget := getattr(writer, "budget", None)) else None,
                         rate_left=lambda: _rate_left(follower.backend, writer),
                         leading=lambda: not isinstance(follower, Leadership) or follower.leading)
    receiver = None
    if webhook_secret:
        def wake() -> None:
            metrics.webhooks.inc()
            follower.wake()
        receiver = Receiver(centre.upstream.kind, webhook_secret, wake, metrics.webhook_failures)

    async def healthz(request: Request) -> Response:
        return _json({"status": "ok"})

    def _db_ok() -> bool:
        try:
            with store.engine.connect() as c:
                c.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    async def readyz(request: Request) -> Response:
        lag = follower.lag_s()
        reasons = []
        if not await run_in_threadpool(_db_ok):
            reasons.append("the database is unreachable")
        if follower.status.state is FeedState.STOPPED:
            reasons.append(f"the follower stopped: {follower.status.error}")
        elif lag is None or lag > max_lag_s:
            reasons.append(f"the helpdesk has not been heard from for {max_lag_s:g} s" if lag is not None
                           else "the helpdesk has not been heard from yet")
        body = {"status": "not ready" if reasons else "ready", "lag_s": lag, "reasons": reasons}
        return _json(body, 503 if reasons else 200)

    async def prometheus(request: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app = build_app(centre, qa_store, throttle)
    app.router.routes.extend([Route("/healthz", healthz), Route("/readyz", readyz), Route("/metrics", prometheus),
                              *(receiver.routes() if receiver else [])])
    app.add_middleware(CountConsoles, gauge=metrics.consoles)
    app.state.metrics = metrics
    return app


def _rate_left(*backends: object) -> int | None:
    """The fewest calls left that the upstream's rate-limit headers stated to any of the hub's sessions."""
    left = [n for b in backends if (n := getattr(getattr(b, "http", None), "rate_left", None)) is not None]
    return min(left) if left else None


def _calls(centre: HubCentre) -> int:
    http = getattr(centre.upstream.backend, "http", None)
    return int(getattr(http, "calls", 0))
