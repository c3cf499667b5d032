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
from hub.metrics import CountConsoles, HubMetrics

MAX_LAG_S = 60.0  # /readyz fails when the helpdesk has not been heard from for longer


def _json(value: object, status: int = 200) -> Response:
    return Response(msgspec.json.encode(value), status, media_type="application/json")


def build_hub_app(centre: HubCentre, qa_store: QaStore, follower: Follower, throttle: Throttle | None = None,
                  max_lag_s: float = MAX_LAG_S) -> Starlette:
    """The hub's application; ``follower`` is the thread following the upstream (for readiness and metrics)."""
    store = centre.store
    metrics = HubMetrics(lag_s=follower.lag_s, calls=lambda: follower.calls + _calls(centre),
                         write_queue=lambda: centre.upstream.waiting, head=lambda: store.head)

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
    app.router.routes.extend([Route("/healthz", healthz), Route("/readyz", readyz), Route("/metrics", prometheus)])
    app.add_middleware(CountConsoles, gauge=metrics.consoles)
    app.state.metrics = metrics
    return app


def _calls(centre: HubCentre) -> int:
    http = getattr(centre.upstream.backend, "http", None)
    return int(getattr(http, "calls", 0))
