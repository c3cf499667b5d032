"""The QA parts of the native API on the real simulator: filters, scorecard versions, disputes,
calibration sessions, sampled review queues and the role checks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api_client.errors import ApiError, Forbidden
from api_client.models import (
    CalibrationInput,
    Category,
    CategoryScore,
    InteractionFilter,
    ReviewInput,
    SampleRequest,
    ScorecardInput,
)
from tests.helpers.sim import SimServer


def _all_scores(card, value: int | None = 1) -> list[CategoryScore]:
    return [CategoryScore(category_id=c.id, value=min(value, c.scale - 1) if value is not None else None)
            for c in card.categories]


def test_interaction_filters_select_what_they_name(sim: SimServer) -> None:
    qa = sim.client("qa_reviewer")
    everything = qa.interactions(limit=5000)
    assert len(everything) > 50
    phone = qa.interactions(InteractionFilter(channel="phone"), limit=5000)
    assert phone
    assert {i.channel for i in phone} == {"phone"}
    assert len(phone) == sum(i.channel == "phone" for i in everything)
    low = qa.interactions(InteractionFilter(low_csat=True), limit=5000)
    assert {i.csat for i in low} <= {1, 2}
    assert len(low) == sum((i.csat or 5) <= 2 for i in everything)
    long = qa.interactions(InteractionFilter(min_handle_s=600), limit=5000)
    assert long
    assert all((i.handle_s or 0) >= 600 for i in long)
    breached = qa.interactions(InteractionFilter(sla_breached=True), limit=5000)
    assert len(breached) == sum(i.sla_breached for i in everything)
    team = next(i.team for i in everything if i.team)
    assert {i.team for i in qa.interactions(InteractionFilter(team=team), limit=5000)} == {team}
    start = min(i.started_at for i in everything)
    early = qa.interactions(InteractionFilter(until=start + timedelta(minutes=30)), limit=5000)
    assert early
    assert all(i.started_at < start + timedelta(minutes=30) for i in early)


def test_scorecard_versions_keep_old_reviews_on_their_version(own_sim: SimServer) -> None:
    sup, qa = own_sim.client("supervisor"), own_sim.client("qa_reviewer")
    card = sup.scorecards()[0]
    interaction = qa.interactions(limit=1)[0]
    old = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                     scores=_all_scores(card), status="draft"))
    new_categories = [*card.categories, Category(id="upsell", name="Offered upgrade", weight=1, scale=2)]
    with pytest.raises(Forbidden):
        qa.save_scorecard(ScorecardInput(id=card.id, name=card.name, categories=new_categories), new=False)
    v2 = sup.save_scorecard(ScorecardInput(id=card.id, name=card.name, categories=new_categories), new=False)
    assert v2.version == card.version + 1
    assert [c.version for c in sup.scorecards()] == [v2.version]
    assert len(sup.scorecard_version(card.id, card.version).categories) == len(card.categories)
    # The old review is still scored against version 1: submitting without "upsell" is complete.
    done = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                      scores=_all_scores(card), status="submitted"), review_id=old.id, version=1)
    assert done.scorecard_version == card.version
    fresh = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                       scores=_all_scores(v2), status="submitted"))
    assert fresh.scorecard_version == v2.version
    created = sup.save_scorecard(ScorecardInput(id="chat-basic", name="Chat", categories=new_categories[:2]), new=True)
    assert created.version == 1
    assert {c.id for c in sup.scorecards()} == {card.id, "chat-basic"}


def test_dispute_team_lead_opens_another_reviewer_answers(own_sim: SimServer) -> None:
    """Separation of duties: the review's reviewer neither disputes nor answers; the disputer does not answer."""
    qa, lead, sup = own_sim.client("qa_reviewer"), own_sim.client("team_lead"), own_sim.client("supervisor")
    card = qa.scorecards()[0]
    interaction = qa.interactions(limit=1)[0]
    review = qa.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                        scores=_all_scores(card), status="submitted"))
    with pytest.raises(Forbidden):
        qa.dispute(review.id, "I disagree")
    disputed = lead.dispute(review.id, "The agent did verify the caller at 00:40.")
    assert disputed.dispute is not None
    assert disputed.dispute.status == "open"
    assert disputed.dispute.opened_by == "u-lead"
    with pytest.raises(Forbidden):
        lead.resolve_dispute(review.id, accept=True)
    with pytest.raises(ApiError):
        lead.dispute(review.id, "again")  # one open dispute at a time (409)
    with pytest.raises(Forbidden):  # the reviewer does not judge their own review
        qa.resolve_dispute(review.id, accept=False, comment="I was right.")
    answered = sup.resolve_dispute(review.id, accept=False, comment="Verification came after the refund.")
    assert answered.dispute is not None
    assert answered.dispute.status == "rejected"
    assert answered.dispute.resolved_by == "u-sup"
    assert qa.reviews(interaction_id=interaction.id)[0].dispute.resolution.startswith("Verification")  # type: ignore[union-attr]

    # A supervisor's own review: they cannot dispute it, and when a lead does, they cannot reject it.
    other = qa.interactions(limit=2)[1]
    own = sup.save_review(ReviewInput(interaction_id=other.id, scorecard_id=card.id, scores=_all_scores(card),
                                      status="submitted"))
    with pytest.raises(Forbidden):
        sup.dispute(own.id, "Mine, disputed by me")
    lead.dispute(own.id, "Please look again")
    with pytest.raises(Forbidden):
        sup.resolve_dispute(own.id, accept=False)
    assert qa.resolve_dispute(own.id, accept=True, comment="Re-scored").dispute.status == "accepted"  # type: ignore[union-attr]


def test_calibration_session_collects_reviews_and_the_agreed_score(own_sim: SimServer) -> None:
    sup, qa = own_sim.client("supervisor"), own_sim.client("qa_reviewer")
    card = sup.scorecards()[0]
    interaction = sup.interactions(limit=1)[0]
    with pytest.raises(Forbidden):
        qa.create_calibration(CalibrationInput(interaction_id=interaction.id, scorecard_id=card.id,
                                               reviewer_ids=["u-qa", "u-sup"]))
    cal = sup.create_calibration(CalibrationInput(interaction_id=interaction.id, scorecard_id=card.id,
                                                  reviewer_ids=["u-qa", "u-sup"]))
    for client, value in ((qa, 1), (sup, 2)):
        client.save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id, calibration_id=cal.id,
                                       scores=_all_scores(card, value), status="submitted"))
    assert {r.reviewer_id for r in sup.reviews(calibration_id=cal.id)} == {"u-qa", "u-sup"}
    agreed = sup.set_agreed(cal.id, _all_scores(card, 2))
    assert agreed.agreed_score is not None
    assert agreed.agreed_score > 0
    assert sup.calibration(cal.id).agreed == agreed.agreed
    with pytest.raises(Forbidden):  # the team lead is not one of the session's reviewers
        own_sim.client("team_lead").save_review(ReviewInput(interaction_id=interaction.id, scorecard_id=card.id,
                                                            calibration_id=cal.id, scores=_all_scores(card)))


def test_sampling_picks_n_per_agent_deterministically(own_sim: SimServer) -> None:
    qa = own_sim.client("qa_reviewer")
    everything = qa.interactions(limit=5000)
    since = min(i.started_at for i in everything)
    until = max(i.started_at for i in everything) + timedelta(seconds=1)
    request = SampleRequest(reviewer_id="u-qa", per_agent=2, since=since, until=until, seed=11)
    first = qa.sample(request)
    per_agent: dict[str, int] = {}
    by_id = {i.id: i for i in everything}
    for a in first:
        agent = by_id[a.interaction_id].agent_id
        per_agent[agent] = per_agent.get(agent, 0) + 1  # type: ignore[index]
    assert per_agent
    assert max(per_agent.values()) == 2
    assert {a.interaction_id for a in qa.assignments(reviewer_id="u-qa")} == {a.interaction_id for a in first}
    assert qa.sample(request) == []  # the same seed picks the same ones, already queued
    with pytest.raises(Forbidden):
        own_sim.client("viewer").sample(request)


def test_supervisor_assigns_one_interaction_to_a_reviewer(own_sim: SimServer) -> None:
    sup, qa = own_sim.client("supervisor"), own_sim.client("qa_reviewer")
    iid = qa.interactions(limit=1)[0].id
    with pytest.raises(Forbidden):
        qa.assign_review(iid, "u-qa")
    a = sup.assign_review(iid, "u-qa")
    assert (a.interaction_id, a.reviewer_id, a.assigned_by, a.source) == (iid, "u-qa", "u-sup", "manual")
    assert [x.interaction_id for x in qa.assignments(reviewer_id="u-qa")] == [iid]
    with pytest.raises(ApiError):
        sup.assign_review(iid, "u-qa")  # already in the queue (409)
    with pytest.raises(ApiError):
        sup.assign_review(iid, "u-lead")  # not a reviewer (422)


def test_demo_history_is_in_the_past_with_varied_disputes_and_a_finished_calibration(sim: SimServer) -> None:
    sup = sim.client("supervisor")
    now = sup.sim_status().sim_time
    history = [r for r in sup.reviews(limit=5000) if r.reviewer_id in ("u-qa-li", "u-qa-chen")]
    assert len(history) > 50
    assert max(r.updated_at for r in history) <= now
    disputes = [r.dispute for r in history if r.dispute is not None]
    assert disputes
    assert all(r.created_at < d.opened_at <= now for r in history if (d := r.dispute) is not None)
    assert len({d.comment for d in disputes}) > 1  # not one comment copied onto every dispute
    finished, open_ = sorted(sup.calibrations(), key=lambda c: c.id)[:2]
    assert finished.agreed is not None
    assert finished.agreed_score is not None
    assert finished.agreed_score > 0
    scored = {r.reviewer_id for r in sup.reviews(calibration_id=finished.id)}
    assert scored == set(finished.reviewer_ids)  # finished: everyone invited has scored
    assert open_.agreed is None
    assert {"u-qa", "u-sup"} <= set(open_.reviewer_ids) - {r.reviewer_id for r in sup.reviews(calibration_id=open_.id)}
