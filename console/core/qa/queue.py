"""The review queue without Qt: who is reviewing with which scorecards, and loading their queue from a backend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from api_client import errors
from api_client import models as m
from api_client.backend import Backend

QUEUE_LIMIT = 200


@dataclass
class QueueItem:
    """One row of the review queue: an interaction and, if any, this reviewer's review of it."""

    interaction: m.Interaction
    review: m.Review | None = None  # this reviewer's review of it, if any
    assigned: bool = False


@dataclass
class Session:
    """Who is reviewing, with which scorecards."""

    user: m.User
    cards: dict[str, m.Scorecard]  # newest version per id
    versions: dict[tuple[str, int], m.Scorecard] = field(default_factory=dict)

    def card(self, card_id: str, version: int | None) -> m.Scorecard | None:
        newest = self.cards.get(card_id)
        if version is None or (newest is not None and newest.version == version):
            return newest
        return self.versions.get((card_id, version))


def load_queue(backend: Backend, reviewer_id: str, source: str, flt: m.InteractionFilter,
               draft_ids: Sequence[int]) -> tuple[list[QueueItem], list[str]]:
    """The review queue of ``reviewer_id`` from ``source`` ("mine": assigned to them, "drafts": the interactions
    of their local drafts ``draft_ids``, "recent": the newest interactions) under the filters ``flt``, and the
    team names to filter by.
    Runs on a worker: it makes network calls."""
    reviews = {r.interaction_id: r for r in reversed(backend.reviews(reviewer_id=reviewer_id, limit=5000))
               if r.calibration_id is None}
    if source == "recent":
        interactions = backend.interactions(flt, limit=QUEUE_LIMIT)
    else:
        wanted = list(draft_ids) if source == "drafts" else \
            [a.interaction_id for a in backend.assignments(reviewer_id=reviewer_id, limit=QUEUE_LIMIT)]
        interactions = [i for i in map(partial(_interaction, backend), wanted[:QUEUE_LIMIT])
                        if i is not None and flt.matches(i)]
    teams = sorted({i.team for i in backend.interactions(limit=500) if i.team})
    return [QueueItem(i, reviews.get(i.id), source == "mine") for i in interactions], teams


def _interaction(backend: Backend, interaction_id: int) -> m.Interaction | None:
    """The interaction, or None if the server does not have it (a draft from another server)."""
    try:
        return backend.interaction(interaction_id)
    except errors.NotFound:
        return None

