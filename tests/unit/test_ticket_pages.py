"""The demo's ticket pages (/tickets/{id}, beside the API): what "Open in helpdesk" opens for a simulated ticket.
Read-only, escaped, no token (so on loopback only), named in the snapshot's web_base."""

from __future__ import annotations

import requests

from simulator.pages import web_base
from tests.helpers.sim import SimServer


def test_the_snapshot_names_the_pages_and_a_page_shows_the_ticket_and_its_conversation(sim: SimServer) -> None:
    snap = sim.snapshot()
    assert snap.web_base == f"{sim.url}/tickets/"
    api = sim.client()
    try:
        interaction = api.interactions(limit=1)[0]
        ticket = api.ticket(interaction.ticket_id)
    finally:
        api.close()
    queue = next(q for q in snap.queues if q.id == ticket.queue_id)
    answer = requests.get(f"{snap.web_base}{ticket.id}", timeout=10)  # a browser's request: no token
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    page = answer.text
    assert f"#{ticket.id}" in page
    assert queue.name.replace("&", "&amp;") in page
    for turn in interaction.turns[:3]:
        assert turn.text.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;") in page
    assert "<script" not in page


def test_orders_and_logistics_is_escaped_and_an_unknown_ticket_is_a_404(sim: SimServer) -> None:
    snap = sim.snapshot()
    orders = next(t for t in snap.tickets if t.queue_id == "orders")
    page = requests.get(f"{snap.web_base}{orders.id}", timeout=10).text
    assert "Orders &amp; logistics" in page
    assert "Orders & logistics" not in page
    missing = requests.get(f"{snap.web_base}999999999", timeout=10)
    assert missing.status_code == 404
    assert "No ticket 999999999" in missing.text
    assert requests.get(f"{snap.web_base}abc", timeout=10).status_code == 404
    assert requests.get(f"{sim.url}/api/v1/snapshot", timeout=10).status_code == 401  # the API still wants its token


def test_pages_are_for_loopback_only() -> None:
    assert web_base("127.0.0.1", "http://127.0.0.1:8765") == "http://127.0.0.1:8765/tickets/"
    assert web_base("::1", "http://[::1]:8765") == "http://[::1]:8765/tickets/"
    assert web_base("localhost", "http://localhost:1") == "http://localhost:1/tickets/"
    assert web_base("0.0.0.0", "http://0.0.0.0:8765") is None  # reachable from elsewhere
    assert web_base("192.168.1.4", "http://192.168.1.4:8765") is None
