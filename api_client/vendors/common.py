"""What the adapters for other vendors' ticketing systems (RT, Zendesk, Chatwoot) share."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from api_client.errors import ApiError, Conflict, InvalidRequest, NotFound
from api_client.models import (
    BulkAssignItem,
    BulkAssignResult,
    BulkOutcome,
    Interaction,
    Review,
    ReviewInput,
    Scorecard,
    Ticket,
)
from api_client.qa import SCORECARD
from api_client.review_notes import note_text

DEFAULT_CAPACITY = 10  # vendors without a notion of agent capacity: a nominal figure for the load bars
AT_RISK_S = 1800  # vendors without an at-risk threshold: due within 30 minutes


class Rejected(InvalidRequest):
    """The system accepted the request (HTTP 2xx) but did not do what was asked; ``messages`` are its own."""

    def __init__(self, message: str, *, messages: list[str] | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.messages = messages or []


def server_time(resp: requests.Response) -> datetime:
    """The server's clock from the answer's Date header (this machine's clock when there is none)."""
    try:
        return parsedate_to_datetime(resp.headers["Date"])
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC)


_HTTP_BODY = re.compile(r"^HTTP (\d{3}): (\{.*\})$", re.S)


def readable(exc: ApiError, vendor: str) -> ApiError:
    """``exc`` with the vendor's own words (``message``, ``description`` or ``error`` of its JSON error
    body) instead of the raw body, e.g. "RT: Precondition Failed (HTTP 412)"."""
    match = _HTTP_BODY.match(exc.message)
    if match is None:
        return exc
    try:
        body = json.loads(match[2])
    except ValueError:
        return exc
    words = next((str(body[k]) for k in ("message", "description", "error", "title")
                  if isinstance(body, dict) and body.get(k)), None)
    if words:
        exc.message = f"{vendor}: {words.strip()} (HTTP {match[1]})"
        exc.args = (exc.message,)
    return exc


def matches(i: Interaction, filters: dict[str, Any]) -> bool:
    """The native API's interaction filters (channel, team, low_csat, escalated, sla_breached, min_handle_s,
    since, until), applied to an interaction a vendor adapter built; unknown data does not match."""
    since, until = filters.get("since"), filters.get("until")
    return ((filters.get("channel") is None or i.channel == filters["channel"])
            and (filters.get("team") is None or i.team == filters["team"])
            and (not filters.get("low_csat") or (i.csat is not None and i.csat <= 2))
            and (not filters.get("escalated") or i.escalated)
            and (not filters.get("sla_breached") or i.sla_breached)
            and (filters.get("min_handle_s") is None or (i.handle_s or 0) >= filters["min_handle_s"])
            and (since is None or i.started_at >= since) and (until is None or i.started_at < until))


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


class ReviewNotesQa:
    """QA calls for a vendor system whose reviews are notes on the ticket (``api_client.review_notes``):
    one built-in scorecard, every interaction reviewable, no review assignments, sampling, disputes or
    calibration sessions (those raise an ApiError saying so). A backend names itself in ``VENDOR`` and
    posts an internal note with :meth:`_post_review_note`."""

    VENDOR = ""

    def _post_review_note(self, ticket: Ticket, text: str) -> None:
        raise NotImplementedError

    def save_review(self, review: ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> Review:
        """Post the review as a structured internal note, then read it back (a note the system dropped is an error)."""
        ticket: Ticket = self.ticket(review.interaction_id)  # type: ignore[attr-defined]
        reviews = self.reviews  # type: ignore[attr-defined]
        if review_id is not None:
            current = next((r for r in reviews(interaction_id=ticket.id) if r.id == review_id), None)
            if current is None:
                raise NotFound(f"No review {review_id} on ticket {ticket.id}", code="review")
            if version != current.version:
                raise Conflict("The review changed since it was read", status=412, code="stale")
        try:
            text = note_text(review, ticket.assignee_id, review_id)
        except ValueError as exc:
            raise InvalidRequest(str(exc), field="scores", code="invalid_review") from None
        self._post_review_note(ticket, text)
        saved = [r for r in reviews(interaction_id=ticket.id) if review_id is None or r.id == review_id]
        if not saved:
            raise Rejected(f"{self.VENDOR} did not keep the review note", code=f"{self.VENDOR.lower()}_rejected")
        return max(saved, key=lambda r: r.version)

    def interaction(self, interaction_id: int) -> Interaction:
        found = self.interactions(ticket_id=interaction_id)  # type: ignore[attr-defined]
        if not found:
            raise NotFound(f"No conversation {interaction_id}", code="interaction")
        return found[0]

    def scorecards(self) -> list[Scorecard]:
        return [SCORECARD]

    def scorecard_version(self, scorecard_id: str, version: int) -> Scorecard:
        if (scorecard_id, version) != (SCORECARD.id, SCORECARD.version):
            raise NotFound(f"No scorecard {scorecard_id} version {version}", code="scorecard")
        return SCORECARD

    def assignments(self, *, reviewer_id: str | None = None, limit: int = 500) -> list[Any]:
        return []

    def _not_available(self, what: str) -> ApiError:
        return ApiError(f"{what} is not available from this backend", code="not_available")

    def sample(self, request: Any) -> list[Any]:
        raise self._not_available("Sampling interactions for review")

    def dispute(self, review_id: int, comment: str) -> Any:
        raise self._not_available("Disputing a review")

    def resolve_dispute(self, review_id: int, accept: bool, comment: str = "") -> Any:
        raise self._not_available("Disputing a review")

    def calibrations(self, limit: int = 100) -> list[Any]:
        return []

    def save_scorecard(self, card: Any, *, new: bool) -> Any:
        raise self._not_available("Editing scorecards")
