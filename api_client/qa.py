"""The QA score formula from DESIGN.md and the built-in scorecard, shared by the server, backends and console."""

from __future__ import annotations

from collections.abc import Iterable

from api_client.models import Category, CategoryScore, Scorecard, in_languages

SCORECARD = Scorecard(
    id="standard", name="Standard support", version=1, names=in_languages("Standard support", "标准客服", "標準客服"),
    categories=[
        Category(id="greeting", name="Greeting", names=in_languages("Greeting", "问候", "問候"), weight=1, scale=3),
        Category(id="verification", name="Identity verification", weight=2, scale=2, critical=True,
                 names=in_languages("Identity verification", "身份核验", "身分核驗")),
        Category(id="understanding", name="Understanding the issue", weight=3, scale=5,
                 names=in_languages("Understanding the issue", "理解问题", "理解問題")),
        Category(id="resolution", name="Correct resolution", weight=4, scale=5, critical=True,
                 names=in_languages("Correct resolution", "正确解决", "正確解決")),
        Category(id="empathy", name="Tone and empathy", weight=2, scale=4,
                 names=in_languages("Tone and empathy", "语气与同理心", "語氣與同理心")),
        Category(id="closing", name="Closing", names=in_languages("Closing", "结束语", "結語"), weight=1, scale=3),
    ],
)
"""The built-in scorecard: the simulator's first version, and the one vendor backends review with."""


def category_score(value: int, scale: int) -> float:
    """(selected - min) / (max - min) x 100 for a 0..scale-1 scale."""
    return value / (scale - 1) * 100.0


def review_score(scorecard: Scorecard, scores: Iterable[CategoryScore]) -> float | None:
    """Weighted mean of the rated categories; 0 if a critical one is below 50 %.

    N/A (value None) and unrated categories are left out; None when nothing is rated.
    """
    by_id = {c.id: c for c in scorecard.categories}
    total = weight = 0.0
    for s in scores:
        cat = by_id.get(s.category_id)
        if cat is None:
            raise ValueError(f"unknown category {s.category_id!r}")
        if s.value is None:
            continue
        if not 0 <= s.value < cat.scale:
            raise ValueError(f"category {cat.id!r}: value {s.value} outside 0..{cat.scale - 1}")
        pct = category_score(s.value, cat.scale)
        if cat.critical and pct < 50:
            return 0.0
        total += pct * cat.weight
        weight += cat.weight
    return round(total / weight, 2) if weight else None
