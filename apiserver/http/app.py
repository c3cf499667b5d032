"""The ASGI application: the contract's routes under ``/api/v1``, served from a centre and a QA store."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api_client import contract
from apiserver.http import feed, history, qa, settings, sim, tickets
from apiserver.http.auth import Throttle, operation
from apiserver.http.backend import Centre, QaStore
from apiserver.http.feed import FeedHead
from apiserver.http.responses import EXCEPTION_HANDLERS

ROUTES: list[Route] = [
    *sim.routes,
    *tickets.routes,
    *history.routes,
    operation("/changes", feed.changes),
    operation("/changes/stream", feed.stream),
    *qa.routes,
    *settings.routes,
]


class CloseUnreadBodies:
    """An answer given before the request's body was read (a 401, 403, 413 or 415, say) closes the connection,
    so the server stops receiving the rest rather than reading it to keep the connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        unread = "transfer-encoding" in headers or headers.get("content-length", "0") not in ("", "0")

        async def receiving() -> Message:
            nonlocal unread
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                unread = False
            return message

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start" and unread:
                message["headers"] = [*message.get("headers", ()), (b"connection", b"close")]
            await send(message)

        await self.app(scope, receiving, sending)


def build_app(centre: Centre, qa_store: QaStore, throttle: Throttle | None = None) -> Starlette:
    """The application serving the contract from ``centre`` and ``qa_store``; wrong tokens are counted by
    ``throttle`` (by default 20 a minute per client address)."""
    app = Starlette(routes=[Mount(contract.API_PREFIX, routes=ROUTES)], exception_handlers=EXCEPTION_HANDLERS,
                    middleware=[Middleware(CloseUnreadBodies)])
    head = FeedHead(0)
    centre.subscribe(head.advance)
    head.advance(centre.head())
    app.state.centre = centre
    app.state.qa = qa_store
    app.state.feed = head
    app.state.throttle = throttle or Throttle()
    return app
