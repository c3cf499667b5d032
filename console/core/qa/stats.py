"""Numbers behind the calibration and trend views (plain Python, no Qt)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

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


HOUR_S, DAY_S, WEEK_S = 3600.0, 86400.0, 7 * 86400.0
MONDAY = 4 * DAY_S  # 1970-01-05 00:00 UTC, a Monday: weeks start on it


def bucket_for_span(span_s: float) -> float:
    """The trend's bucket for reviews spread over ``span_s``: hours within three days, days within three months,
    weeks beyond (a chart of a few to a hundred points)."""
    return HOUR_S if span_s <= 3 * DAY_S else DAY_S if span_s <= 92 * DAY_S else WEEK_S


def bucket_start(t: float, bucket_s: float) -> float:
    """The start of the bucket holding epoch second ``t`` (weeks start on Monday, UTC)."""
    return t - (t - MONDAY) % bucket_s


def iqs_series(reviews: list[Review], group: dict[str, str] | None,
               bucket_s: float) -> dict[str, list[tuple[float, float]]]:
    """IQS per time bucket (epoch seconds of its start) for each group of agents (``group``: agent id -> name of
    its group, e.g. the team or the agent itself); a single series "IQS" when ``group`` is None."""
    buckets: dict[str, dict[float, list[Review]]] = defaultdict(lambda: defaultdict(list))
    for r in reviews:
        if r.status != "submitted" or r.score is None:
            continue
        name = "IQS" if group is None else group.get(r.agent_id or "", r.agent_id or "–")
        t = r.updated_at.timestamp()
        buckets[name][bucket_start(t, bucket_s)].append(r)
    return {name: sorted((t, iqs(rs) or 0.0) for t, rs in times.items()) for name, times in buckets.items()}


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
