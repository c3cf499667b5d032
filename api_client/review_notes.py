"""QA reviews kept as internal notes on the ticket (Request Tracker comments, Zendesk private comments).

A review note is plain text a person can read in the ticketing system, ending with one line of
JSON after a marker so the console can read it back. Editing a review adds a new note that names
the review it revises; the newest note of a review is its current state, and its note id is the
review's version.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

from api_client.models import CategoryScore, Review, ReviewInput
from api_client.qa import SCORECARD, review_score

MARKER = "supervisor-console-review:"


class NoteBody(msgspec.Struct, kw_only=True):
    """The JSON line of a review note."""

    review_id: int | None = None  # the first note's id when this note revises a review
    scorecard_id: str
    scorecard_version: int
    agent_id: str | None
    scores: list[CategoryScore]
    comment: str = ""
    status: Literal["draft", "submitted"]


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


def fold_notes(notes: list[tuple[int, int, str, datetime, NoteBody]]) -> list[Review]:
    """Reviews from (note id, ticket id, author, time, body) notes in any order: newest first."""
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
