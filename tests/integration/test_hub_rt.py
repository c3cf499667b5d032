"""Console -> hub -> a real Request Tracker 5: the hub follows RT with the RT adapter and writes there, and keeps the
QA workflow RT has no place for (assignments, disputes, calibration) in its own database."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from api_client import models as m
from api_client.native import NativeBackend
from api_client.vendors.common import MARKER, parse_note
from tests.helpers.hub import HubServer, hub_cli
from tests.helpers.rt.instance import RtInstance, unavailable_reason
from tests.integration.test_rt_backend import new_ticket, rt_ticket

REASON = unavailable_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RtInstance]:
    instance = RtInstance(tmp_path_factory.mktemp("rt-hub")).start()
    yield instance
    instance.stop()


@pytest.fixture
def hub(rt: RtInstance, tmp_path: Path) -> Iterator[HubServer]:
    new_ticket(rt, "Support")
    server = HubServer(db=f"sqlite:///{tmp_path / 'hub.sqlite'}", upstream_kind="rt", upstream_url=rt.url,
                       upstream_token=rt.tokens["supervisor"], log=tmp_path / "hub.log").add_users().start()
    yield server
    server.stop()


def test_console_reads_rt_and_assigns_there_through_the_hub(rt: RtInstance, hub: HubServer) -> None:
    lead = hub.client("team_lead")
    snap = lead.snapshot()
    ticket = next(t for t in snap.tickets if t.status in m.UNRESOLVED)
    assert str(ticket.version) == rt_ticket(rt, ticket.id)["ETag"].strip('"W/')
    agent = next(a.id for a in snap.agents if a.id != ticket.assignee_id)

    done = lead.assign(ticket.id, ticket.version, agent, "through the hub")
    assert done.assignee_id == agent
    assert rt_ticket(rt, ticket.id)["Owner"]["id"] == agent
    assert [(a.ticket_id, a.actor_id, a.to_assignee) for a in lead.audit(limit=5)] == \
        [(ticket.id, "u-team_lead", agent)]

    # A ticket made in RT itself reaches the console through the hub's one poller.
    made = new_ticket(rt, "Support")
    ends = time.monotonic() + 30
    while lead.snapshot().tickets[-1].id != made:
        assert time.monotonic() < ends, "RT's new ticket never reached the hub"
        time.sleep(0.5)


@pytest.fixture
def qa_hub(rt: RtInstance, tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer(db=f"sqlite:///{tmp_path / 'hub.sqlite'}", upstream_kind="rt", upstream_url=rt.url,
                       upstream_token=rt.tokens["supervisor"], log=tmp_path / "hub.log").add_users()
    server.tokens["qa2"] = hub_cli(server.db, "users", "add", "u-qa2", "--role", "qa_reviewer").strip()
    yield server.start("--mirror-reviews", "--interactions-every", "0.5")
    server.stop()


def resolved_on_rt(rt: RtInstance, qa: NativeBackend, reply: str) -> int:
    """A ticket answered and resolved in RT by agent1, once the hub has imported it as an interaction."""
    tid = new_ticket(rt, "Support", owner="agent1")
    assert rt.rest("POST", f"ticket/{tid}/correspond", json={"Content": reply,
                                                             "ContentType": "text/plain"}).status_code == 201
    assert rt.rest("PUT", f"ticket/{tid}", json={"Status": "resolved"}).status_code == 200
    ends = time.monotonic() + 60
    while not qa.interactions(m.InteractionFilter(ticket_id=tid)):
        assert time.monotonic() < ends, "the resolved ticket's interaction never reached the hub"
        time.sleep(0.5)
    return tid


def test_qa_through_the_hub_on_rt_mirrors_the_review_as_an_rt_comment(rt: RtInstance, qa_hub: HubServer) -> None:
    qa = qa_hub.client("qa_reviewer")
    tid = resolved_on_rt(rt, qa, "A technician is on the way.")
    interaction = qa.interaction(tid)
    assert [(t.speaker, t.text) for t in interaction.turns] == [
        ("customer", "My printer is on fire, please help."), ("agent", "A technician is on the way.")]
    assert interaction.agent_id == "agent1"

    card = qa.scorecards()[0]
    values = [m.CategoryScore(category_id=c.id, value=c.scale - 1) for c in card.categories]
    review = qa.save_review(m.ReviewInput(interaction_id=tid, scorecard_id=card.id, scores=values,
                                          comment="Quick and clear", status="submitted"))
    assert review.reviewer_id == "u-qa_reviewer"

    def notes() -> list[str]:
        items = rt.rest("GET", f"ticket/{tid}/attachments", params={"fields": "Content", "per_page": 100}).json()
        return [str(a.get("Content", "")) for a in items["items"] if MARKER in str(a.get("Content", ""))]
    ends = time.monotonic() + 30
    while not notes():
        assert time.monotonic() < ends, "the review was never written on RT"
        time.sleep(0.5)
    (note,) = notes()
    body = parse_note(note)
    assert body is not None
    assert (body.status, body.scores, body.agent_id) == ("submitted", values, "agent1")
    assert f"review {review.id} by u-qa_reviewer" in body.comment
    # The review note is not part of the transcript the hub imports again (the ticket's version moved).
    time.sleep(1.5)
    assert [t.text for t in qa.interaction(tid).turns] == [t.text for t in interaction.turns]


def test_assignments_disputes_and_calibration_live_on_the_hub_for_rt(rt: RtInstance, qa_hub: HubServer) -> None:
    qa, qa2, lead, sup = (qa_hub.client(r) for r in ("qa_reviewer", "qa2", "team_lead", "supervisor"))
    first = resolved_on_rt(rt, qa, "Reset the router, then call us back.")
    other = resolved_on_rt(rt, qa, "Your refund is on its way.")
    card = qa.scorecards()[0]

    def scores(value: int) -> list[m.CategoryScore]:
        return [m.CategoryScore(category_id=c.id, value=min(value, c.scale - 1)) for c in card.categories]

    # Assign: sampling fills the reviewer's queue from RT's interactions; the queue item is then reviewed.
    ended = qa.interaction(first).ended_at
    picked = qa.sample(m.SampleRequest(reviewer_id="u-qa_reviewer", per_agent=50, since=ended - timedelta(hours=1),
                                       until=ended + timedelta(minutes=5), seed=1))
    assert first in {a.interaction_id for a in picked}
    assert {a.id for a in qa.assignments(reviewer_id="u-qa_reviewer")} >= {a.id for a in picked}
    review = qa.save_review(m.ReviewInput(interaction_id=first, scorecard_id=card.id, scores=scores(1),
                                          comment="Missed the greeting", status="submitted"))

    # Dispute: opened by the team lead, answered by a reviewer who is neither party.
    assert lead.dispute(review.id, "The greeting was in the first line").dispute is not None
    resolved = qa2.resolve_dispute(review.id, accept=True, comment="Agreed, rescored")
    assert resolved.dispute is not None
    assert (resolved.dispute.status, resolved.dispute.resolved_by) == ("accepted", "u-qa2")

    # Calibration on another RT interaction: two reviewers, then the supervisor's agreed scores.
    cal = sup.create_calibration(m.CalibrationInput(interaction_id=other, scorecard_id=card.id,
                                                    reviewer_ids=["u-qa_reviewer", "u-qa2"]))
    for client, value in ((qa, 1), (qa2, 3)):
        client.save_review(m.ReviewInput(interaction_id=other, scorecard_id=card.id, scores=scores(value),
                                         status="submitted", calibration_id=cal.id))
    assert sup.set_agreed(cal.id, scores(2)).agreed == scores(2)

    # Every step is in the hub's audit, naming the console user; RT itself got only the submitted review's note.
    actors = {a.actor_id for a in sup.audit(limit=50) if a.action == "review"}
    assert {"u-qa_reviewer", "u-team_lead", "u-qa2"} <= actors
