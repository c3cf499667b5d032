"""The native API client (the contract in ``openapi.json``), served by the simulator."""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import msgspec

from api_client import models as m
from api_client.backend import ALL_CAPABILITIES
from api_client.contract import MAX_IDS
from api_client.errors import ApiError, NotFound, TooLarge, malformed
from api_client.http import HttpSession

API = "/api/v1"
MAX_EVENT = 64 * 2**20  # bytes of one change event (a page of 2,000 changes is about 1 MB)
SNAPSHOT_DEADLINE = 300.0  # seconds for a snapshot call (the whole centre, on a slow link)
STREAM_READ_TIMEOUT = 30.0  # the server sends a heartbeat every 5 s; silence this long is a lost stream
_PAGE = msgspec.json.Decoder(m.ChangesPage)
_EOL = re.compile(rb"\r\n|\r|\n")
log = logging.getLogger(__name__)


def sse_events(chunks: Iterable[bytes], max_event: int = MAX_EVENT) -> Iterator[tuple[str, str]]:
    """(event type, data) of each Server-Sent Event in a byte stream, as the HTML standard parses them: lines
    end in CRLF, LF or CR, ``event:`` and ``data:`` fields, a blank line dispatches, comments and other
    fields are ignored, and bytes that are not UTF-8 become U+FFFD (with one logged warning per stream).
    An event (or a line) over ``max_event`` bytes is a TooLarge error; an unfinished event at the end is dropped."""
    buf = bytearray()
    kind, size, warned = "", 0, False
    data: list[str] = []
    for chunk in chunks:
        scan = max(0, len(buf) - 1)  # a CR at the end may be the first half of a CRLF
        buf += chunk
        start = 0
        while (eol := _EOL.search(buf, max(start, scan))) is not None:
            if eol.group() == b"\r" and eol.end() == len(buf):
                break  # wait for the next chunk: it may start with the LF of this CRLF
            raw = buf[start:eol.start()]
            start = eol.end()
            try:
                line = raw.decode()
            except UnicodeDecodeError as exc:
                if not warned:
                    log.warning("the change stream sent bytes that are not UTF-8 (%s); replaced by U+FFFD", exc.reason)
                    warned = True
                line = raw.decode(errors="replace")
            if not line:  # a blank line: dispatch
                if data:
                    yield kind or "message", "\n".join(data)
                kind, data, size = "", [], 0
                continue
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                kind = value
            elif name == "data":
                data.append(value)
                size += len(raw)
        del buf[:start]
        if size + len(buf) > max_event:
            raise TooLarge(f"A change event from the server is larger than {max_event / 2**20:.0f} MB; not read",
                           code="event_too_large")
    if buf == b"\r" and data:  # the stream ended on a CR: a blank line after all
        yield kind or "message", "\n".join(data)


def _etag(version: int) -> dict[str, str]:
    return {"If-Match": f'"{version}"'}


def _params(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


class NativeBackend:
    """Backend for the native API. ``base_url`` is the server root (``/api/v1`` is added)."""

    capabilities = ALL_CAPABILITIES

    def __init__(self, base_url: str, token: str | None, *, verify: bool | str = True, max_event: int = MAX_EVENT,
                 **kw: Any) -> None:
        self.http = HttpSession(base_url.rstrip("/") + API, token, verify=verify, **kw)
        self.max_event = max_event

    def __repr__(self) -> str:
        return f"NativeBackend({self.http.base_url!r})"

    def close(self) -> None:
        self.http.close()

    def health(self) -> m.Health:
        """The server's health; ``hub`` is set when it is a hub following a helpdesk (and how far it lags)."""
        return self.http.get("/health", m.Health)

    def whoami(self) -> m.User:
        return self.http.get("/me", m.User)

    def users(self) -> list[m.Person]:
        return self.http.get("/users", list[m.Person])

    def snapshot(self) -> m.Snapshot:
        return self.http.get("/snapshot", m.Snapshot, read_timeout=120, deadline=SNAPSHOT_DEADLINE)

    def history(self, since: datetime, until: datetime, step: int) -> m.HistorySeries:
        return self.http.get("/history", m.HistorySeries, read_timeout=120, deadline=SNAPSHOT_DEADLINE, params={
            "since": since.isoformat(), "until": until.isoformat(), "step": step})

    def changes(self, cursor: int, wait: float = 0.0, limit: int = 2000) -> m.ChangesPage:
        return self.http.get("/changes", m.ChangesPage, params={"cursor": cursor, "wait": wait, "limit": limit},
                             read_timeout=wait + 15, deadline=wait + 30)

    def stream(self, cursor: int) -> Generator[m.ChangesPage, None, None]:
        """Server-Sent Events from ``cursor``; ends (returns) when the server closes the stream. A lost
        connection, or a silence longer than STREAM_READ_TIMEOUT, is Unavailable."""
        resp = self.http.request("GET", "/changes/stream", params={"cursor": cursor}, stream=True,
                                 headers={"Accept": "text/event-stream", "Last-Event-ID": str(cursor)},
                                 read_timeout=STREAM_READ_TIMEOUT)
        try:
            for kind, data in sse_events(self.http.chunks(resp, STREAM_READ_TIMEOUT), self.max_event):
                if kind in ("changes", "heartbeat"):
                    try:
                        yield _PAGE.decode(data)
                    except msgspec.MsgspecError as exc:
                        raise malformed(exc, "change event") from None
                elif kind == "error":
                    raise ApiError(f"Change stream ended by the server: {data}", code="stream_error")
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

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> m.Ticket:
        return self.http.send("POST", f"/tickets/{ticket_id}/assign", m.Ticket,
                              m.AssignRequest(assignee_id=assignee_id, reason=reason, override_reason=override_reason),
                              headers=_etag(version))

    def bulk_assign(self, items: list[m.BulkAssignItem], reason: str = "",
                    override_reason: str = "") -> m.BulkAssignResult:
        return self.http.send("POST", "/tickets/bulk-assign", m.BulkAssignResult,
                              m.BulkAssignRequest(items=items, reason=reason, override_reason=override_reason),
                              read_timeout=60, deadline=90)

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: m.Priority | None = None,
                 queue_id: str | None = None) -> m.Ticket:
        return self.http.send("POST", f"/tickets/{ticket_id}/escalate", m.Ticket,
                              m.EscalateRequest(priority=priority, queue_id=queue_id, reason=reason),
                              headers=_etag(version))

    def set_agent_state(self, agent_id: str, state: m.AgentState, reason: str = "") -> None:
        self.http.send("PUT", f"/agents/{agent_id}/state", m.Agent, m.AgentStateRequest(state=state, reason=reason))

    def interactions(self, flt: m.InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[m.Interaction]:
        """Interactions that match ``flt`` (all when None), newest first; ``ids``: only those (at most MAX_IDS)."""
        if ids is not None and not 1 <= len(ids) <= MAX_IDS:
            raise ValueError(f"ids takes 1 to {MAX_IDS} interaction ids, got {len(ids)}")
        fields = msgspec.structs.asdict(flt or m.InteractionFilter())
        query = {k: ("true" if v else None) if isinstance(v, bool) else v.isoformat() if isinstance(v, datetime)
                 else v for k, v in fields.items()}
        return self.http.get("/interactions", list[m.Interaction], params=_params(
            limit=limit, before_id=before_id, ids=",".join(map(str, ids)) if ids is not None else None, **query))

    def interaction(self, interaction_id: int) -> m.Interaction:
        return self.http.get(f"/interactions/{interaction_id}", m.Interaction)

    def recording(self, interaction_id: int) -> bytes:
        return self.http.request("GET", f"/interactions/{interaction_id}/recording",
                                 headers={"Accept": "audio/wav"}).content

    def scorecards(self) -> list[m.Scorecard]:
        return self.http.get("/scorecards", list[m.Scorecard])

    def scorecard_version(self, scorecard_id: str, version: int) -> m.Scorecard:
        return self.http.get(f"/scorecards/{scorecard_id}/versions/{version}", m.Scorecard)

    def setting(self, name: m.SettingName) -> m.SharedSetting | None:
        try:
            return self.http.get(f"/settings/{name}", m.SharedSetting)
        except NotFound:
            return None

    def save_setting(self, name: m.SettingName, data: dict[str, Any]) -> m.SharedSetting:
        return self.http.send("PUT", f"/settings/{name}", m.SharedSetting, m.SharedSettingInput(data=data))

    def save_scorecard(self, card: m.ScorecardInput, *, new: bool) -> m.Scorecard:
        """Create a scorecard (``new``) or add a version of it (supervisor only)."""
        if new:
            return self.http.send("POST", "/scorecards", m.Scorecard, card)
        return self.http.send("PUT", f"/scorecards/{card.id}", m.Scorecard, card)

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[m.Review]:
        return self.http.get("/reviews", list[m.Review],
                             params=_params(interaction_id=interaction_id, reviewer_id=reviewer_id,
                                            calibration_id=calibration_id, limit=limit, before_id=before_id))

    def dispute(self, review_id: int, comment: str) -> m.Review:
        """Dispute a submitted review (team lead or supervisor)."""
        return self.http.send("POST", f"/reviews/{review_id}/dispute", m.Review, m.DisputeRequest(comment=comment))

    def resolve_dispute(self, review_id: int, accept: bool, comment: str = "") -> m.Review:
        """Accept or reject the open dispute of one's own review."""
        return self.http.send("POST", f"/reviews/{review_id}/dispute/resolve", m.Review,
                              m.DisputeResolution(accept=accept, comment=comment))

    def calibrations(self, limit: int = 100) -> list[m.Calibration]:
        return self.http.get("/calibrations", list[m.Calibration], params={"limit": limit})

    def calibration(self, calibration_id: int) -> m.Calibration:
        return self.http.get(f"/calibrations/{calibration_id}", m.Calibration)

    def create_calibration(self, session: m.CalibrationInput) -> m.Calibration:
        return self.http.send("POST", "/calibrations", m.Calibration, session)

    def set_agreed(self, calibration_id: int, scores: list[m.CategoryScore]) -> m.Calibration:
        return self.http.send("PUT", f"/calibrations/{calibration_id}/agreed", m.Calibration,
                              m.AgreedScores(scores=scores))

    def assignments(self, *, reviewer_id: str | None = None, limit: int = 500,
                    before_id: int | None = None) -> list[m.Assignment]:
        """The review queue: interactions assigned to reviewers, newest first."""
        return self.http.get("/assignments", list[m.Assignment],
                             params=_params(reviewer_id=reviewer_id, limit=limit, before_id=before_id))

    def assign_review(self, interaction_id: int, reviewer_id: str) -> m.Assignment:
        """Put an interaction in a reviewer's queue (supervisor only)."""
        return self.http.send("POST", "/assignments", m.Assignment,
                              m.AssignmentInput(interaction_id=interaction_id, reviewer_id=reviewer_id))

    def sample(self, request: m.SampleRequest) -> list[m.Assignment]:
        """Assign random interactions per agent in a period to a reviewer; returns the new assignments."""
        return self.http.send("POST", "/assignments/sample", list[m.Assignment], request)

    def save_review(self, review: m.ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> m.Review:
        if review_id is None:
            return self.http.send("POST", "/reviews", m.Review, review)
        if version is None:
            raise ValueError("updating a review needs its version")
        return self.http.send("PUT", f"/reviews/{review_id}", m.Review, review, headers=_etag(version))

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: m.AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[m.AuditEntry]:
        """Audit entries, newest first; ``agent_id``: tickets moved from or to that agent."""
        return self.http.get("/audit", list[m.AuditEntry], params=_params(
            ticket_id=ticket_id, actor_id=actor_id, agent_id=agent_id, action=action,
            since=since.isoformat() if since else None, until=until.isoformat() if until else None, limit=limit,
            before_id=before_id))

    def notes(self, ticket_id: int) -> list[m.Note]:
        """A ticket's notes, oldest first (an escalation's reason is an internal note)."""
        return self.http.get(f"/tickets/{ticket_id}/notes", list[m.Note])

    def sim_status(self) -> m.SimStatus:
        """Simulator only: scenario, simulated time, open tickets, feed cursor."""
        return self.http.get("/sim/status", m.SimStatus)

    def sim_advance(self, seconds: float) -> m.SimStatus:
        """Simulator only: move simulated time forward."""
        return self.http.send("POST", "/sim/advance", m.SimStatus, m.AdvanceRequest(seconds=seconds),
                              read_timeout=120, deadline=150)

    def sim_scenario(self, name: str) -> m.SimStatus:
        """Simulator only: switch scenario (normal, peak, agent-outage)."""
        return self.http.send("POST", "/sim/scenario", m.SimStatus, m.ScenarioRequest(name=name))  # type: ignore[arg-type]
