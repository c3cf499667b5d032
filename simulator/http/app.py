"""The ASGI application: the contract's routes under ``/api/v1``, served from a centre and a QA store."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount, Route

from api_client import contract
from simulator.http import feed, qa, sim, tickets
from simulator.http.auth import operation
from simulator.http.backend import Centre, QaStore
from simulator.http.feed import FeedHead
from simulator.http.responses import EXCEPTION_HANDLERS

MAX_BODY_BYTES = 1 << 20  # the largest request the contract allows (1,000 bulk items) is well under this

ROUTES: list[Route] = [
    *sim.routes,
    *tickets.routes,
    operation("/changes", feed.changes),
    operation("/changes/stream", feed.stream),
    *qa.routes,
]


def build_app(centre: Centre, qa_store: QaStore) -> Starlette:
    """The application serving the contract from ``centre`` and ``qa_store``."""
    app = Starlette(routes=[Mount(contract.API_PREFIX, routes=ROUTES)], exception_handlers=EXCEPTION_HANDLERS,
                    max_body_size=MAX_BODY_BYTES)
    head = FeedHead(0)
    centre.subscribe(head.advance)
    head.advance(centre.head())
    app.state.centre = centre
    app.state.qa = qa_store
    app.state.feed = head
    return app
