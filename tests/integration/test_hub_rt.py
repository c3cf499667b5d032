"""Console -> hub -> a real Request Tracker 5: the hub follows RT with the RT adapter and writes there."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_client import models as m
from api_client.vendors.common import MARKER, parse_note
from tests.helpers.hub import HubServer
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
    yield server.start("--mirror-reviews", "--interactions-every", "0.5")
    server.stop()


def test_qa_through_the_hub_on_rt_mirrors_the_review_as_an_rt_comment(rt: RtInstance, qa_hub: HubServer) -> None:
    tid = new_ticket(rt, "Support", owner="agent1")
    assert rt.rest("POST", f"ticket/{tid}/correspond", json={"Content": "A technician is on the way.",
                                                             "ContentType": "text/plain"}).status_code == 201
    assert rt.rest("PUT", f"ticket/{tid}", json={"Status": "resolved"}).status_code == 200
    qa = qa_hub.client("qa_reviewer")
    ends = time.monotonic() + 60
    while not qa.interactions(m.InteractionFilter(ticket_id=tid)):
        assert time.monotonic() < ends, "the resolved ticket's interaction never reached the hub"
        time.sleep(0.5)
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
