"""The review queue without Qt: who is reviewing with which scorecards, and loading whole lists from a backend
(keyset pages, interactions in batches), so nothing is silently cut at one page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from api_client import models as m
from api_client.backend import Backend
from api_client.contract import MAX_IDS
from api_client.paging import PAGE, every

QUEUE_LIMIT = 200  # the newest interactions listed under "recent"
Stop = Callable[[], bool]  # asked between pages: True ends the loading (the job was cancelled)


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


def all_reviews(backend: Backend, *, reviewer_id: str | None = None, stop: Stop | None = None,
                page: int = PAGE) -> list[m.Review]:
    """Every review (of ``reviewer_id`` when given), newest first, ``page`` at a time."""
    return list(every(lambda before, n: backend.reviews(reviewer_id=reviewer_id, limit=n, before_id=before),
                      page, stop))


def interactions_of(backend: Backend, ids: Sequence[int], flt: m.InteractionFilter | None = None,
                    stop: Stop | None = None) -> list[m.Interaction]:
    """The interactions of ``ids`` that exist and match ``flt``, in the order of ``ids``: one call per
    ``MAX_IDS`` ids."""
    wanted = list(dict.fromkeys(ids))
    found: dict[int, m.Interaction] = {}
    for start in range(0, len(wanted), MAX_IDS):
        if stop is not None and stop():
            break
        batch = wanted[start:start + MAX_IDS]
        found.update((i.id, i) for i in backend.interactions(flt, limit=len(batch), ids=batch))
    return [found[i] for i in wanted if i in found]


def load_queue(backend: Backend, reviewer_id: str, source: str, flt: m.InteractionFilter,
               draft_ids: Sequence[int], stop: Stop | None = None) -> list[QueueItem]:
    """The review queue of ``reviewer_id`` from ``source`` ("mine": everything assigned to them, "drafts": the
    interactions of their local drafts ``draft_ids``, "recent": the newest interactions) under the filters ``flt``,
    each with the reviewer's newest review of it. Runs on a worker: it makes network calls."""
    reviews: dict[int, m.Review] = {}
    for r in all_reviews(backend, reviewer_id=reviewer_id, stop=stop):  # newest first: the first one seen stays
        if r.calibration_id is None:
            reviews.setdefault(r.interaction_id, r)
    if source == "recent":
        interactions = backend.interactions(flt, limit=QUEUE_LIMIT)
    else:
        wanted = list(draft_ids) if source == "drafts" else [a.interaction_id for a in every(
            lambda before, n: backend.assignments(reviewer_id=reviewer_id, limit=n, before_id=before), stop=stop)]
        interactions = interactions_of(backend, wanted, flt, stop)
    return [QueueItem(i, reviews.get(i.id), source == "mine") for i in interactions]
