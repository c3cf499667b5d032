"""The QA page's operations through a hub following the simulator, on SQLite and on a real PostgreSQL: interactions
imported from the simulator (over several passes, none doubled across a restart), a review scored and submitted
(412 on a stale version), mirrored on the simulator with ``--mirror-reviews``, a dispute answered under separation
of duties, a calibration session, sampling into a review queue, recordings fetched from the upstream, and every
QA write in the hub's audit log naming the console user."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from api_client import models as m
from api_client.errors import Conflict, Forbidden
from api_client.native import NativeBackend
from api_client.paging import every
from tests.helpers.hub import HubServer, database, hub_cli, sim  # noqa: F401 - the fixtures
from tests.helpers.postgres import pg_cluster  # noqa: F401 - the fixture
from tests.helpers.sim import SimServer

TIMEOUT_S = 30.0


HUB_ARGS = ("--mirror-reviews", "--interactions-every", "0.5", "--interactions-per-pass", "150")


@pytest.fixture
def hub(database: str, sim: SimServer, tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer(db=database, upstream_kind="native", upstream_url=sim.url,
                       upstream_token=sim.tokens["supervisor"], log=tmp_path / "hub.log").add_users()
    server.tokens["qa2"] = hub_cli(database, "users", "add", "u-qa2", "--role", "qa_reviewer").strip()
    server.start(*HUB_ARGS)
    yield server
    server.stop()


def ids(client: NativeBackend) -> list[int]:
    return [i.id for i in every(lambda before, limit: client.interactions(limit=limit, before_id=before))]


def wait_for(predicate: object, what: str) -> None:
    ends = time.monotonic() + TIMEOUT_S
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < ends, f"timed out waiting for {what}"
        time.sleep(0.2)


def scores(card: m.Scorecard, value: int) -> list[m.CategoryScore]:
    return [m.CategoryScore(category_id=c.id, value=min(value, c.scale - 1)) for c in card.categories]


def test_qa_page_through_the_hub(hub: HubServer, sim: SimServer) -> None:
    upstream = ids(sim.client("supervisor"))
    assert len(upstream) > 150, "the simulator's warm-up should need more than one import pass"
    qa, qa2, lead, sup = hub.client("qa_reviewer"), hub.client("qa2"), hub.client("team_lead"), hub.client("supervisor")
    wait_for(lambda: ids(qa) == upstream, "every interaction of the simulator on the hub")
    newest = qa.interaction(upstream[0])
    assert newest == sim.client("supervisor").interaction(upstream[0])

    # A review: a draft, then submitted at its version; the draft's version again is refused (412).
    card = qa.scorecards()[0]
    draft = qa.save_review(m.ReviewInput(interaction_id=newest.id, scorecard_id=card.id, scores=scores(card, 1)))
    assert (draft.status, draft.version, draft.reviewer_id) == ("draft", 1, "u-qa_reviewer")
    assert lead.reviews(interaction_id=newest.id) == []  # drafts are private
    done = qa.save_review(m.ReviewInput(interaction_id=newest.id, scorecard_id=card.id, scores=scores(card, 2),
                                        comment="Clear and kind", status="submitted"),
                          review_id=draft.id, version=draft.version)
    assert (done.status, done.version) == ("submitted", 2)
    with pytest.raises(Conflict):
        qa.save_review(m.ReviewInput(interaction_id=newest.id, scorecard_id=card.id, scores=scores(card, 0),
                                     status="submitted"), review_id=draft.id, version=draft.version)

    # Mirrored on the upstream, by the hub's credential, naming the reviewer; once, not once per save.
    def mirrored() -> list[m.Review]:
        return [r for r in sim.client("supervisor").reviews(interaction_id=newest.id)
                if "on the hub" in r.comment]
    wait_for(mirrored, "the review mirrored on the simulator")
    (copy,) = mirrored()
    assert (copy.scores, copy.status) == (done.scores, "submitted")
    assert f"review {done.id} by u-qa_reviewer" in copy.comment
    metrics = requests.get(f"{hub.url}/metrics", timeout=TIMEOUT_S).text
    assert "hub_review_mirror_sent_total 1.0" in metrics
    assert "hub_review_mirror_failures_total 0.0" in metrics

    # A dispute by the team lead, answered by someone other than the reviewer and the lead.
    disputed = lead.dispute(done.id, "The greeting was fine")
    assert disputed.dispute is not None
    assert disputed.dispute.opened_by == "u-team_lead"
    for party in (qa, lead):
        with pytest.raises(Forbidden):
            party.resolve_dispute(done.id, accept=False)
    resolved = qa2.resolve_dispute(done.id, accept=True, comment="Agreed")
    assert resolved.dispute is not None
    assert (resolved.dispute.status, resolved.dispute.resolved_by) == \
        ("accepted", "u-qa2")

    # Calibration: two reviewers score the same interaction, the supervisor sets the agreed scores.
    other = upstream[1]
    cal = sup.create_calibration(m.CalibrationInput(interaction_id=other, scorecard_id=card.id,
                                                    reviewer_ids=["u-qa_reviewer", "u-qa2"]))
    for client, value in ((qa, 1), (qa2, 3)):
        client.save_review(m.ReviewInput(interaction_id=other, scorecard_id=card.id, scores=scores(card, value),
                                         status="submitted", calibration_id=cal.id))
    assert sorted(r.reviewer_id for r in sup.reviews(calibration_id=cal.id)) == ["u-qa2", "u-qa_reviewer"]
    agreed = sup.set_agreed(cal.id, scores(card, 2))
    assert agreed.agreed == scores(card, 2)
    assert agreed.agreed_score is not None
    assert not [r for r in sim.client("supervisor").reviews(interaction_id=other) if "on the hub" in r.comment], \
        "calibration scores are not mirrored"

    # Sampling fills the reviewer's own queue, one interaction per agent; nobody fills another's.
    since = newest.started_at - timedelta(hours=2)
    sample = m.SampleRequest(reviewer_id="u-qa_reviewer", per_agent=1, since=since, until=newest.ended_at, seed=3)
    picked = qa.sample(sample)
    assert picked
    assert len({qa.interaction(a.interaction_id).agent_id for a in picked}) == len(picked)
    assert {a.id for a in qa.assignments(reviewer_id="u-qa_reviewer")} == {a.id for a in picked}
    with pytest.raises(Forbidden):
        qa.sample(m.SampleRequest(reviewer_id="u-qa2", per_agent=1, since=since, until=newest.ended_at))
    assert qa.sample(sample) == []  # the same seed picks the same ones: already queued

    # A call's recording comes from the upstream.
    call = next(i for i in every(lambda before, limit: qa.interactions(limit=limit, before_id=before))
                if i.recording_url is not None)
    assert qa.recording(call.id) == sim.client("supervisor").recording(call.id)

    # Every QA write is in the hub's audit log, naming the console user.
    actors = [(a.actor_id, a.action) for a in sup.audit(limit=20) if a.action == "review"]
    assert ("u-qa_reviewer", "review") in actors
    assert ("u-team_lead", "review") in actors
    assert ("u-qa2", "review") in actors

    # A restarted hub imports nothing twice and loses nothing.
    hub.stop()
    hub.start(*HUB_ARGS)
    time.sleep(1.5)
    assert ids(hub.client("qa_reviewer")) == upstream
    assert len(mirrored()) == 1
