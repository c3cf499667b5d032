"""The native API client (the contract in ``openapi.json``), served by the simulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import msgspec
import requests
import sseclient

from api_client import models as m
from api_client.errors import ApiError, Unavailable, malformed
from api_client.http import HttpSession

API = "/api/v1"
_PAGE = msgspec.json.Decoder(m.ChangesPage)


def _etag(version: int) -> dict[str, str]:
    return {"If-Match": f'"{version}"'}


def _params(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


class NativeBackend:
    """Backend for the native API. ``base_url`` is the server root (``/api/v1`` is added)."""

    def __init__(self, base_url: str, token: str | None, *, verify: bool | str = True, **kw: Any) -> None:
        self.http = HttpSession(base_url.rstrip("/") + API, token, verify=verify, **kw)

    def __repr__(self) -> str:
        return f"NativeBackend({self.http.base_url!r})"

    def close(self) -> None:
        self.http.close()

    def whoami(self) -> m.User:
        return self.http.get("/me", m.User)

    def snapshot(self) -> m.Snapshot:
        return self.http.get("/snapshot", m.Snapshot, read_timeout=120)

    def changes(self, cursor: int, wait: float = 0.0, limit: int = 2000) -> m.ChangesPage:
        return self.http.get("/changes", m.ChangesPage, params={"cursor": cursor, "wait": wait, "limit": limit},
                             read_timeout=wait + 15)

    def stream(self, cursor: int) -> Iterator[m.ChangesPage]:
        """Server-Sent Events from ``cursor``; ends (returns) when the connection drops."""
        resp = self.http.request("GET", "/changes/stream", params={"cursor": cursor}, stream=True,
                                 headers={"Accept": "text/event-stream", "Last-Event-ID": str(cursor)},
                                 read_timeout=30)
        try:
            # iter_content(None) hands over whatever arrived; iterating the response itself yields
            # 128-byte chunks, which makes sseclient rebuild a 1 MB page quadratically (10x slower).
            for event in sseclient.SSEClient(resp.iter_content(chunk_size=None)).events():
                if event.event in ("changes", "heartbeat"):
                    try:
                        yield _PAGE.decode(event.data)
                    except msgspec.MsgspecError as exc:
                        raise malformed(exc, "change event") from None
                elif event.event == "error":
                    raise ApiError(f"Change stream ended by the server: {event.data}", code="stream_error")
        except requests.RequestException as exc:
            raise Unavailable(f"Change stream lost: {type(exc).__name__}", code="network") from None
        finally:
            resp.close()

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[m.Ticket]:
        """All matching tickets, following keyset pages lazily."""
        after = 0
        while True:
            page = self.http.get("/tickets", list[m.Ticket], params=_params(
                queue_id=queue_id, assignee_id=assignee_id, unresolved="true" if unresolved else None,
                after_id=after, limit=limit))
            yield from page
            if len(page) < limit:
                return
            after = page[-1].id

    def ticket(self, ticket_id: int) -> m.Ticket:
        return self.http.get(f"/tickets/{ticket_id}", m.Ticket)

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "") -> m.Ticket:
        return self.http.send("POST", f"/tickets/{ticket_id}/assign", m.Ticket,
                              m.AssignRequest(assignee_id=assignee_id, reason=reason), headers=_etag(version))

    def bulk_assign(self, items: list[m.BulkAssignItem], reason: str = "") -> m.BulkAssignResult:
        return self.http.send("POST", "/tickets/bulk-assign", m.BulkAssignResult,
                              m.BulkAssignRequest(items=items, reason=reason), read_timeout=60)

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        return self.http.send("POST", f"/tickets/{ticket_id}/escalate", m.Ticket,
                              m.EscalateRequest(priority=priority, queue_id=queue_id, reason=reason),
                              headers=_etag(version))

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        self.http.send("PUT", f"/agents/{agent_id}/state", m.Agent, m.AgentStateRequest(state=state, reason=reason))

    def interactions(self, *, ticket_id: int | None = None, agent_id: str | None = None,
                     limit: int = 100) -> list[m.Interaction]:
        return self.http.get("/interactions", list[m.Interaction],
                             params=_params(ticket_id=ticket_id, agent_id=agent_id, limit=limit))

    def recording(self, interaction_id: int) -> bytes:
        return self.http.request("GET", f"/interactions/{interaction_id}/recording",
                                 headers={"Accept": "audio/wav"}).content

    def scorecards(self) -> list[m.Scorecard]:
        return self.http.get("/scorecards", list[m.Scorecard])

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None) -> list[m.Review]:
        return self.http.get("/reviews", list[m.Review],
                             params=_params(interaction_id=interaction_id, reviewer_id=reviewer_id))

    def save_review(self, review: m.ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> m.Review:
        if review_id is None:
            return self.http.send("POST", "/reviews", m.Review, review)
        if version is None:
            raise ValueError("updating a review needs its version")
        return self.http.send("PUT", f"/reviews/{review_id}", m.Review, review, headers=_etag(version))

    def audit(self, *, ticket_id: int | None = None, limit: int = 200) -> list[m.AuditEntry]:
        return self.http.get("/audit", list[m.AuditEntry], params=_params(ticket_id=ticket_id, limit=limit))

    def sim_status(self) -> m.SimStatus:
        """Simulator only: scenario, simulated time, open tickets, feed cursor."""
        return self.http.get("/sim/status", m.SimStatus)

    def sim_advance(self, seconds: float) -> m.SimStatus:
        """Simulator only: move simulated time forward."""
        return self.http.send("POST", "/sim/advance", m.SimStatus, m.AdvanceRequest(seconds=seconds),
                              read_timeout=120)

    def sim_scenario(self, name: str) -> m.SimStatus:
        """Simulator only: switch scenario (normal, peak, agent-outage)."""
        return self.http.send("POST", "/sim/scenario", m.SimStatus, m.ScenarioRequest(name=name))  # type: ignore[arg-type]
