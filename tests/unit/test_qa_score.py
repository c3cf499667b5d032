"""The QA score formula (DESIGN.md) on hand-computed cases, on the client and on the server."""

from __future__ import annotations

import pytest

from api_client.models import Category, CategoryScore, ReviewInput, Scorecard
from api_client.qa import category_score, review_score
from tests.helpers.sim import SimServer

CARD = Scorecard(id="t", name="Test", version=1, categories=[
    Category(id="bin", name="Binary", weight=2, scale=2),
    Category(id="three", name="Three", weight=1, scale=3),
    Category(id="four", name="Four", weight=3, scale=4),
    Category(id="five", name="Five", weight=4, scale=5),
    Category(id="crit", name="Critical", weight=1, scale=5, critical=True),
])


def s(**values: int | None) -> list[CategoryScore]:
    return [CategoryScore(category_id=k, value=v) for k, v in values.items()]


@pytest.mark.parametrize(("value", "scale", "expected"), [
    (0, 2, 0.0), (1, 2, 100.0),
    (1, 3, 50.0), (2, 3, 100.0),
    (1, 4, 100 / 3), (2, 4, 200 / 3),
    (1, 5, 25.0), (3, 5, 75.0), (4, 5, 100.0),
])
def test_category_score_is_the_share_of_the_range(value: int, scale: int, expected: float) -> None:
    assert category_score(value, scale) == pytest.approx(expected)


@pytest.mark.parametrize(("scores", "expected"), [
    # all top marks
    (s(bin=1, three=2, four=3, five=4, crit=4), 100.0),
    # (0*2 + 50*1 + 66.67*3 + 75*4 + 100*1) / 11 = 650 / 11 = 59.09
    (s(bin=0, three=1, four=2, five=3, crit=4), 59.09),
    # weights: (100*2 + 0*4 + 50*1) / 7 = 35.71 (a critical category at exactly 50 % does not zero the review)
    (s(bin=1, five=0, crit=2), 35.71),
    # N/A is left out of numerator and denominator: (100*2 + 25*4 + 100*1) / 7 = 57.14
    (s(bin=1, three=None, four=None, five=1, crit=4), 57.14),
    # a critical category below 50 % sets the review to 0 whatever the rest
    (s(bin=1, three=2, four=3, five=4, crit=1), 0.0),
    # a critical category marked N/A does not zero it
    (s(bin=1, crit=None), 100.0),
    # nothing rated (or all N/A): no score
    (s(bin=None, crit=None), None),
    ([], None),
])
def test_review_score_by_hand(scores: list[CategoryScore], expected: float | None) -> None:
    assert review_score(CARD, scores) == expected


def test_out_of_scale_and_unknown_categories_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        review_score(CARD, s(bin=2))
    with pytest.raises(ValueError, match="unknown"):
        review_score(CARD, s(nope=1))


def test_the_server_scores_the_same_way(sim: SimServer) -> None:
    """The standard scorecard's weights 1, 2, 3, 4, 2, 1; resolution (critical) at 25 % zeroes the review."""
    qa = sim.client("qa_reviewer")
    card = qa.scorecards()[0]
    iid = qa.interactions(limit=3)[-1].id
    # (100*1 + 100*2 + 75*3 + 100*4 + 100*2 + 50*1) / 13 = 1175 / 13 = 90.38
    good = qa.save_review(ReviewInput(interaction_id=iid, scorecard_id=card.id, scores=s(
        greeting=2, verification=1, understanding=3, resolution=4, empathy=3, closing=1)))
    assert good.score == 90.38
    failed = qa.save_review(ReviewInput(interaction_id=iid, scorecard_id=card.id, scores=s(
        greeting=2, verification=1, understanding=3, resolution=1, empathy=3, closing=1)))
    assert failed.score == 0.0
