"""QA data for tests, written through the simulator's API, and counts read from its SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from api_client.models import CategoryScore, ReviewInput
from api_client.native import NativeBackend


def db_ids(db: Path, table: str) -> list[int]:
    """The ids of a table of the simulator's database, newest first (read-only, beside the running server)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id DESC")]


def add_reviews(reviewer: NativeBackend, n: int) -> None:
    """``n`` submitted reviews by ``reviewer``, over the newest interactions (several per interaction if needed)."""
    card = reviewer.scorecards()[0]
    interactions = reviewer.interactions(limit=500)
    for k in range(n):
        scores = [CategoryScore(category_id=c.id, value=(k + j) % c.scale) for j, c in enumerate(card.categories)]
        reviewer.save_review(ReviewInput(interaction_id=interactions[k % len(interactions)].id,
                                         scorecard_id=card.id, status="submitted", scores=scores))
