"""Numbers behind the calibration and trend views (plain Python, no Qt)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from api_client.models import CategoryScore, Review, Scorecard
from api_client.qa import category_score


@dataclass(frozen=True)
class CategorySpread:
    """How far apart the reviewers are on one category (percent of the category's range)."""

    category_id: str
    scores: dict[str, float | None]  # reviewer id -> category score in %, None for N/A or unrated
    spread: float | None  # max - min of the rated scores
    agreed: float | None


def _pct(card: Scorecard, scores: list[CategoryScore]) -> dict[str, float | None]:
    scales = {c.id: c.scale for c in card.categories}
    return {s.category_id: None if s.value is None else category_score(s.value, scales[s.category_id])
            for s in scores if s.category_id in scales}


def calibration_spread(card: Scorecard, reviews: list[Review],
                       agreed: list[CategoryScore] | None) -> list[CategorySpread]:
    """Per category: each reviewer's score, the spread between them, and the agreed score."""
    by_reviewer = {r.reviewer_id: _pct(card, r.scores) for r in reviews}
    target = _pct(card, agreed) if agreed else {}
    out = []
    for c in card.categories:
        scores = {rid: s.get(c.id) for rid, s in by_reviewer.items()}
        rated = [v for v in scores.values() if v is not None]
        out.append(CategorySpread(c.id, scores, max(rated) - min(rated) if rated else None, target.get(c.id)))
    return out


def distance_from_agreed(card: Scorecard, review: Review, agreed: list[CategoryScore]) -> float | None:
    """Mean absolute difference (percentage points) between a reviewer's and the agreed category scores."""
    mine, target = _pct(card, review.scores), _pct(card, agreed)
    diffs = [abs(mine[k] - v) for k, v in target.items()  # type: ignore[operator]
             if v is not None and mine.get(k) is not None]
    return round(statistics.fmean(diffs), 1) if diffs else None


def iqs(reviews: list[Review]) -> float | None:
    """Internal quality score: the mean of the submitted reviews' scores."""
    scores = [r.score for r in reviews if r.status == "submitted" and r.score is not None]
    return round(statistics.fmean(scores), 1) if scores else None


def iqs_by_day(reviews: list[Review], key: str | None = None,
               group: dict[str, str] | None = None) -> dict[str, list[tuple[datetime, float]]]:
    """IQS per day for each agent (``key`` "agent") or team (``group``: agent id -> team); one series if None."""
    buckets: dict[str, dict[datetime, list[Review]]] = defaultdict(lambda: defaultdict(list))
    for r in reviews:
        if r.status != "submitted" or r.score is None:
            continue
        agent = r.agent_id or "-"
        name = agent if key == "agent" else (group or {}).get(agent, "-") if key == "team" else "IQS"
        day = r.updated_at.replace(hour=0, minute=0, second=0, microsecond=0)
        buckets[name][day].append(r)
    return {name: sorted((day, iqs(rs) or 0.0) for day, rs in days.items()) for name, days in buckets.items()}


def by_category(card: Scorecard, reviews: list[Review]) -> dict[str, float]:
    """Mean category score (%) over submitted reviews on ``card``'s id, N/A left out."""
    values: dict[str, list[float]] = defaultdict(list)
    for r in reviews:
        if r.status != "submitted" or r.scorecard_id != card.id:
            continue
        for cid, pct in _pct(card, r.scores).items():
            if pct is not None:
                values[cid].append(pct)
    return {c.id: round(statistics.fmean(values[c.id]), 1) for c in card.categories if values[c.id]}
