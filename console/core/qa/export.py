"""Export of reviews to CSV (one row per review, one column per category)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from api_client.models import Review


def reviews_csv(reviews: Iterable[Review], category_ids: list[str]) -> str:
    """CSV text with a header; N/A categories are written as ``N/A``, unrated ones left empty."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["review_id", "interaction_id", "agent_id", "reviewer_id", "scorecard_id", "scorecard_version",
                "status", "score", "updated_at", "dispute", *category_ids, "comment"])
    for r in reviews:
        values = {s.category_id: "N/A" if s.value is None else s.value for s in r.scores}
        w.writerow([r.id, r.interaction_id, r.agent_id or "", r.reviewer_id, r.scorecard_id, r.scorecard_version,
                    r.status, "" if r.score is None else r.score, r.updated_at.isoformat(),
                    r.dispute.status if r.dispute else "", *(values.get(c, "") for c in category_ids), r.comment])
    return buf.getvalue()
