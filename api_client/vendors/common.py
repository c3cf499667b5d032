"""What the adapters for other vendors' ticketing systems (RT, Zendesk, Chatwoot) share: the HTTP plumbing
(error bodies, JSON answers), the polled change feed, the filters the native API applies on the server,
and QA reviews kept as internal notes on the ticket.

A review note is plain text a person can read in the ticketing system, ending with one line of
JSON after a marker so the console can read it back. Editing a review adds a new note that names
the review it revises; the newest note of a review is its current state, and its note id is the
review's version.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal, TypeVar

import msgspec
import requests

from api_client.backend import Capability
from api_client.errors import (
    ApiError,
    Conflict,
    ErrorParser,
    InvalidRequest,
    MalformedResponse,
    NotAvailable,
    NotFound,
)
from api_client.http import HttpSession
from api_client.models import (
    Assignment,
    AuditAction,
    AuditEntry,
    BulkAssignItem,
    BulkAssignResult,
    BulkOutcome,
    Calibration,
    CalibrationInput,
    CategoryScore,
    ChangesPage,
    HistorySeries,
    Interaction,
    InteractionFilter,
    Person,
    Review,
    ReviewInput,
    SampleRequest,
    Scorecard,
    ScorecardInput,
    SettingName,
    SharedSetting,
    Ticket,
)
from api_client.qa import SCORECARD, review_score

A = TypeVar("A")
Listed = TypeVar("Listed", Review, AuditEntry, Interaction)

DEFAULT_CAPACITY = 10  # vendors without a notion of agent capacity: a nominal figure (``capacity_source="nominal"``)
AT_RISK_S = 1800  # vendors without an at-risk threshold: due within 30 minutes
HEARTBEAT_S = 5.0  # a polled feed reports in at least this often, so the console knows it is alive
MARKER = "supervisor-console-review:"


class Rejected(InvalidRequest):
    """The system accepted the request (HTTP 2xx) but did not do what was asked; ``messages`` are its own."""

    def __init__(self, message: str, *, messages: list[str] | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.messages = messages or []


def server_time(resp: requests.Response | None) -> datetime:
    """The server's clock from the answer's Date header (this machine's clock when there is none)."""
    try:
        return parsedate_to_datetime(resp.headers["Date"]) if resp is not None else datetime.now(UTC)
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC)


def error_parser(vendor: str) -> ErrorParser:
    """Reads a vendor's whole JSON error body into its own words (``message``, ``description``, ``error``
    or ``title``), e.g. "Request Tracker: Precondition Failed (HTTP 412)"."""

    def parse(status: int, body: bytes) -> str | None:
        try:
            data = json.loads(body)
        except ValueError:
            return None
        words = next((str(data[k]) for k in ("message", "description", "error", "title")
                      if isinstance(data, dict) and data.get(k)), None)
        return f"{vendor}: {words.strip()} (HTTP {status})" if words else None

    return parse


class Nudge:
    """A push from the system (a webhook: something changed) that ends a polling pause early. The next call then
    goes at once, but never sooner than ``least_s`` after the previous one, so a burst of pushes stays within the
    vendor's rate limit; the push holds until a call starts. :meth:`VendorBackend.close` sets ``alarm`` too, to end
    the pause."""

    def __init__(self, least_s: float) -> None:
        self.least_s = least_s
        self.alarm = threading.Event()
        self.pushed = threading.Event()

    def push(self) -> None:
        self.pushed.set()
        self.alarm.set()

    def due(self, not_before: float, every: float) -> float:
        """When the next call may go: ``not_before`` (``every`` after the last), or sooner after a push."""
        return min(not_before, not_before - every + self.least_s) if self.pushed.is_set() else not_before


def poll(fetch: Callable[[], A], found: Callable[[A], bool], *, wait: float, every: float,
         stop: threading.Event, not_before: float = 0.0, nudge: Nudge | None = None) -> A | None:
    """Call ``fetch`` until ``found`` says its answer holds something or ``wait`` seconds have passed,
    never twice within ``every`` seconds and never before ``not_before`` (a ``time.monotonic()``), except that a
    ``nudge`` brings the next call forward to ``nudge.least_s`` after the previous one. The last answer, or None
    when there was no time for a call (after waiting out ``wait``). ``stop`` ends a pause early."""
    deadline = time.monotonic() + wait
    answer: A | None = None
    while True:
        while (now := time.monotonic()) < (due := nudge.due(not_before, every) if nudge else not_before):
            if stop.is_set() or now >= deadline:
                return answer
            if nudge is None:
                stop.wait(min(due, deadline) - now)
            else:
                nudge.alarm.wait(min(due, deadline) - now)
                nudge.alarm.clear()  # a push meanwhile left ``pushed`` set: ``due`` sees it
        if nudge is not None:
            nudge.pushed.clear()  # a push during the call asks for another one
        answer = fetch()
        not_before = time.monotonic() + every
        if found(answer) or time.monotonic() >= deadline:
            return answer


def heartbeat_stream(changes: Callable[[int, float], ChangesPage], cursor: int) -> Generator[ChangesPage, None, None]:
    """A polled feed as a stream: the first page at once, then a page whenever something changed and an
    empty one (a heartbeat) at least every ``HEARTBEAT_S``."""
    wait = 0.0
    while True:
        page = changes(cursor, wait)
        cursor, wait = page.cursor, HEARTBEAT_S
        yield page


def audit_matches(e: AuditEntry, *, actor_id: str | None, agent_id: str | None, action: AuditAction | None,
                  since: datetime | None, until: datetime | None) -> bool:
    """The native API's audit filters, applied to an entry a vendor adapter built."""
    return ((actor_id is None or e.actor_id == actor_id) and (agent_id in (None, e.from_assignee, e.to_assignee))
            and (action is None or e.action == action) and (since is None or e.at >= since)
            and (until is None or e.at < until))


def with_override(reason: str, override_reason: str) -> str:
    """The reason to record where the system has no field for why a warning was overridden."""
    return f"{reason} (override: {override_reason})" if override_reason else reason


def require_reason(reason: str) -> None:
    """An escalation needs a reason (the native API refuses one without, with the same error)."""
    if not reason.strip():
        raise InvalidRequest("An escalation needs a reason", field="reason", code="reason_required")


def assign_each(assign: Callable[[int, int, str | None, str], Ticket], items: list[BulkAssignItem],
                reason: str = "") -> BulkAssignResult:
    """A bulk reassignment as one versioned write per ticket, for systems whose bulk call takes no versions;
    every ticket's outcome is reported (a conflict carries the current ticket)."""
    results = []
    for item in items:
        try:
            ticket = assign(item.ticket_id, item.version, item.assignee_id, reason)
            results.append(BulkOutcome(ticket_id=item.ticket_id, ok=True, status=200, ticket=ticket))
        except ApiError as exc:
            results.append(BulkOutcome(ticket_id=item.ticket_id, ok=False, status=exc.status or 422,
                                       error=exc.message, ticket=exc.current if isinstance(exc, Conflict) else None))
    return BulkAssignResult(results=results)


# ---------------------------------------------------------------- review notes
class NoteBody(msgspec.Struct, kw_only=True):
    """The JSON line of a review note."""

    review_id: int | None = None  # the first note's id when this note revises a review
    scorecard_id: str
    scorecard_version: int
    agent_id: str | None
    scores: list[CategoryScore]
    comment: str = ""
    status: Literal["draft", "submitted"]


Note = tuple[int, int, str, datetime, NoteBody]
"""A review note as (note id, ticket id, author, time, body)."""


def note_text(review: ReviewInput, agent_id: str | None, review_id: int | None = None) -> str:
    """The note to post for ``review`` (validated against the scorecard: ValueError when it does not fit)."""
    if review.scorecard_id != SCORECARD.id:
        raise ValueError(f"unknown scorecard {review.scorecard_id!r}")
    score = review_score(SCORECARD, review.scores)
    body = NoteBody(review_id=review_id, scorecard_id=SCORECARD.id, scorecard_version=SCORECARD.version,
                    agent_id=agent_id, scores=review.scores, comment=review.comment, status=review.status)
    shown = "n/a" if score is None else f"{score:.0f}"
    human = f"QA review ({review.status}), score {shown}." + (f"\n{review.comment}" if review.comment else "")
    return f"{human}\n{MARKER}{msgspec.json.encode(body).decode()}"


def parse_note(text: str) -> NoteBody | None:
    """The review in a note, or None when the note is not a (well-formed) review note."""
    _, found, tail = text.rpartition(MARKER)
    if not found:
        return None
    try:
        return msgspec.json.decode(tail.strip().splitlines()[0], type=NoteBody)
    except (msgspec.MsgspecError, IndexError):
        return None


def keyset_page(items: Iterable[Listed], before_id: int | None, limit: int) -> list[Listed]:
    """One page of a list an adapter built, as the native API serves it: newest first by id, only ids below
    ``before_id``, at most ``limit``. It pages only within what the adapter fetched."""
    return sorted((i for i in items if before_id is None or i.id < before_id), key=lambda i: i.id,
                  reverse=True)[:limit]


def fold_notes(notes: list[Note]) -> list[Review]:
    """Reviews from notes in any order: newest first."""
    reviews: dict[int, Review] = {}
    for note_id, ticket_id, author, at, body in sorted(notes, key=lambda n: n[0]):
        rid = body.review_id or note_id
        first = reviews.get(rid)
        reviews[rid] = Review(
            id=rid, interaction_id=ticket_id, scorecard_id=body.scorecard_id,
            scorecard_version=body.scorecard_version, reviewer_id=first.reviewer_id if first else author,
            agent_id=body.agent_id, scores=body.scores, comment=body.comment,
            score=review_score(SCORECARD, body.scores), status=body.status,
            created_at=first.created_at if first else at, updated_at=at, version=note_id)
    return sorted(reviews.values(), key=lambda r: r.updated_at, reverse=True)


# ---------------------------------------------------------------- the base of the three adapters
class VendorBackend:
    """The HTTP plumbing of a vendor adapter, and QA whose reviews are notes on the ticket: one built-in
    scorecard, every interaction reviewable, no review assignments, sampling, disputes, calibration sessions
    or scorecard editing (those raise NotAvailable). A backend names itself in ``VENDOR`` (short, for codes)
    and ``NAME`` (in messages), builds its session with :meth:`_session`, and implements the abstract reads
    and :meth:`_post_review_note`."""

    VENDOR = ""
    NAME = ""
    http: HttpSession

    PUSH_GAP_S = 1.0  # a push (webhook) brings a poll forward, but no closer than this to the previous one

    def __init__(self) -> None:
        self._closed = threading.Event()  # set by close(): ends a polling pause
        self.nudge = Nudge(self.PUSH_GAP_S)

    def _session(self, base_url: str, token: str | None, **kw: Any) -> HttpSession:
        return HttpSession(base_url, token, error_parser=error_parser(self.NAME), **kw)

    def close(self) -> None:
        self._closed.set()
        self.nudge.alarm.set()
        self.http.close()

    def wake(self) -> None:
        """The system pushed word of a change (a webhook): poll it now, within its rate limit."""
        self.nudge.push()

    def _json(self, method: str, path: str, **kw: Any) -> tuple[Any, requests.Response]:
        """The decoded JSON answer (None for an empty one) and the response; anything else is MalformedResponse."""
        resp = self.http.request(method, path, **kw)
        if not resp.content:
            return None, resp
        try:
            return resp.json(), resp
        except ValueError:
            raise MalformedResponse(f"{self.NAME} answered {path} with something that is not JSON",
                                    code="malformed") from None

    @staticmethod
    def _lacks(capability: Capability, what: str) -> NotAvailable:
        return NotAvailable(f"{what} is not available from this backend", capability=capability)

    # the reads every adapter implements
    def ticket(self, ticket_id: int) -> Ticket:
        raise NotImplementedError

    def interactions(self, flt: InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[Interaction]:
        raise NotImplementedError

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[Review]:
        raise NotImplementedError

    def _tickets_of(self, ids: Sequence[int]) -> list[Ticket]:
        """The tickets of ``ids`` that exist, one read each (the vendors have no batch read of conversations)."""
        found = []
        for ticket_id in ids:
            try:
                found.append(self.ticket(ticket_id))
            except NotFound:
                continue
        return found

    def _post_review_note(self, ticket: Ticket, text: str) -> None:
        raise NotImplementedError

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> Ticket:
        raise NotImplementedError

    def bulk_assign(self, items: list[BulkAssignItem], reason: str = "", override_reason: str = "") -> BulkAssignResult:
        """One versioned assign per ticket (vendors without a versioned bulk write); each outcome is reported."""
        return assign_each(self.assign, items, with_override(reason, override_reason))

    # ---------------------------------------------------------------- QA
    def save_review(self, review: ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> Review:
        """Post the review as a structured internal note, then read it back (a note the system dropped is an error)."""
        ticket = self.ticket(review.interaction_id)
        if review_id is not None:
            current = next((r for r in self.reviews(interaction_id=ticket.id) if r.id == review_id), None)
            if current is None:
                raise NotFound(f"No review {review_id} on ticket {ticket.id}", code="review")
            if version != current.version:
                raise Conflict("The review changed since it was read", status=412, code="stale")
        try:
            text = note_text(review, ticket.assignee_id, review_id)
        except ValueError as exc:
            raise InvalidRequest(str(exc), field="scores", code="invalid_review") from None
        self._post_review_note(ticket, text)
        saved = [r for r in self.reviews(interaction_id=ticket.id) if review_id is None or r.id == review_id]
        if not saved:
            raise Rejected(f"{self.VENDOR} did not keep the review note", code=f"{self.VENDOR.lower()}_rejected")
        return max(saved, key=lambda r: r.version)

    def interaction(self, interaction_id: int) -> Interaction:
        found = self.interactions(InteractionFilter(ticket_id=interaction_id))
        if not found:
            raise NotFound(f"No conversation {interaction_id}", code="interaction")
        return found[0]

    def scorecards(self) -> list[Scorecard]:
        return [SCORECARD]

    def scorecard_version(self, scorecard_id: str, version: int) -> Scorecard:
        if (scorecard_id, version) != (SCORECARD.id, SCORECARD.version):
            raise NotFound(f"No scorecard {scorecard_id} version {version}", code="scorecard")
        return SCORECARD

    def save_scorecard(self, card: ScorecardInput, *, new: bool) -> Scorecard:
        raise self._lacks(Capability.SCORECARD_EDITING, "Editing scorecards")

    def assignments(self, *, reviewer_id: str | None = None, limit: int = 500,
                    before_id: int | None = None) -> list[Assignment]:
        return []

    def assign_review(self, interaction_id: int, reviewer_id: str) -> Assignment:
        raise self._lacks(Capability.REVIEW_ASSIGNMENTS, "Assigning interactions for review")

    def sample(self, request: SampleRequest) -> list[Assignment]:
        raise self._lacks(Capability.REVIEW_ASSIGNMENTS, "Sampling interactions for review")

    def dispute(self, review_id: int, comment: str) -> Review:
        raise self._lacks(Capability.DISPUTES, "Disputing a review")

    def resolve_dispute(self, review_id: int, accept: bool, comment: str = "") -> Review:
        raise self._lacks(Capability.DISPUTES, "Disputing a review")

    def setting(self, name: SettingName) -> SharedSetting | None:
        raise self._lacks(Capability.SHARED_SETTINGS, "Settings shared by the whole centre")

    def save_setting(self, name: SettingName, data: dict[str, Any]) -> SharedSetting:
        raise self._lacks(Capability.SHARED_SETTINGS, "Settings shared by the whole centre")

    def users(self) -> list[Person]:
        raise self._lacks(Capability.USERS, "A list of users")

    def history(self, since: datetime, until: datetime, step: int) -> HistorySeries:
        raise self._lacks(Capability.HISTORY, "The centre's history")

    def calibrations(self, limit: int = 100) -> list[Calibration]:
        return []

    def calibration(self, calibration_id: int) -> Calibration:
        raise self._lacks(Capability.CALIBRATION, "Calibration sessions")

    def create_calibration(self, session: CalibrationInput) -> Calibration:
        raise self._lacks(Capability.CALIBRATION, "Calibration sessions")

    def set_agreed(self, calibration_id: int, scores: list[CategoryScore]) -> Calibration:
        raise self._lacks(Capability.CALIBRATION, "Calibration sessions")
