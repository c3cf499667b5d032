"""Console -> hub -> a real Request Tracker 5: the hub follows RT with the RT adapter and writes there."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_client import models as m
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
