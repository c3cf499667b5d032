"""The demo's read-only ticket pages (``/tickets/{id}``, beside the API, not in it): what the console's "Open in
helpdesk" shows in a browser for a simulated ticket: subject, queue, status, assignee and its conversations.

A browser sends no bearer token, and a token never goes in a URL (it would stay in the browser's history and
logs), so the pages need none: they are served only while the simulator listens on a loopback address, where
only this machine reaches them. Everything shown is escaped.
"""

from __future__ import annotations

import ipaddress
from html import escape

import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from api_client import models as m
from apiserver.http.backend import QaStore
from apiserver.problems import Problem
from simulator.service import Service

PAGE_PATH = "/tickets/"
TRANSCRIPTS_SHOWN = 20  # a ticket's newest conversations on its page
_INTERACTIONS = msgspec.json.Decoder(list[m.Interaction])
# The page loads nothing: no scripts, no images, no other origin; only its own inline style.
HEADERS = {"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
           "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-store"}
STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#1d2939}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1.5em}dt{color:#667085}dd{margin:0}
.turn{margin:.4em 0;padding:.4em .7em;border-left:4px solid #d0d5dd}.agent{border-color:#0072B2}
.internal{background:#fff8e1}.when{color:#667085;font-size:.85em}"""


def web_base(host: str, url: str) -> str | None:
    """Where the ticket pages are (``url`` + ``/tickets/``), or None when ``host`` is not a loopback address:
    pages without a token are for this machine only."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = False
    return f"{url}{PAGE_PATH}" if loopback else None


def ticket_html(service: Service, qa: QaStore, ticket_id: int) -> str:
    """The page of one ticket (:class:`Problem` 404 if there is none)."""
    t = service.ticket(ticket_id)
    with service.engine.lock:
        queue = service.engine.queues.get(t.queue_id)
        agent = service.engine.agents.get(t.assignee_id or "")
    assignee = agent.name if agent else (t.assignee_id or "unassigned")
    fields = [("Queue", queue.name if queue else t.queue_id), ("Status", t.status), ("Priority", t.priority),
              ("Channel", t.channel), ("Assignee", assignee), ("Customer", f"{t.requester.name} ({t.requester.tier})"),
              ("Created", f"{t.created_at:%Y-%m-%d %H:%M:%S} UTC")]
    found = _INTERACTIONS.decode(qa.interactions(m.InteractionFilter(ticket_id=ticket_id), TRANSCRIPTS_SHOWN))
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8><title>#{t.id} {escape(t.subject)}</title>"
             f"<style>{STYLE}</style><h1>#{t.id} {escape(t.subject)}</h1><dl>",
             *(f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in fields), "</dl>"]
    if not found:
        parts.append("<p>No conversation recorded for this ticket yet.</p>")
    for i in found:
        parts.append(f"<h2 lang={escape(i.language)}>{escape(i.channel)}, {i.started_at:%Y-%m-%d %H:%M} UTC</h2>")
        for turn in i.turns:
            kind = f"turn {turn.speaker}" + (" internal" if turn.internal else "")
            parts.append(f"<div class='{kind}' lang={escape(i.language)}><span class=when>{turn.at:%H:%M:%S} "
                         f"{escape(turn.speaker)}{' (internal)' if turn.internal else ''}</span><br>"
                         f"{escape(turn.text)}</div>")
    return "".join(parts)


def with_pages(api: Starlette, service: Service, qa: QaStore) -> Starlette:
    """``api`` with the ticket pages beside its ``/api/v1`` (in its own router: any other path is still answered
    by the API's handlers, a 404 in the contract's words)."""

    def page(request: Request) -> HTMLResponse:  # a plain function: Starlette runs it on its thread pool
        try:
            body, status = ticket_html(service, qa, request.path_params["ticket_id"]), 200
        except Problem as p:
            body, status = f"<!doctype html><meta charset=utf-8><p>{escape(p.body.message)}</p>", p.status
        return HTMLResponse(body, status, headers=HEADERS)

    api.router.routes.insert(0, Route(PAGE_PATH + "{ticket_id:int}", page))
    return api
