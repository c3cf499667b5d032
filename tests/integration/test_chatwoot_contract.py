"""Contract tests: the Chatwoot adapter against Chatwoot's own OpenAPI document, served by Prism.

Prism validates every request against the document (``--errors``) and answers with the
document's examples; the tests check that each request the adapter sends passes, and that the
adapter maps the documented answers. What the mock cannot do (keep state) is not tested here:
a write's read-back sees the static example, so writes end in ``Rejected``, which is what the
adapter must say when the server does not show the change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from api_client.errors import InvalidRequest
from api_client.models import BulkAssignItem, CategoryScore, InteractionFilter, ReviewInput
from api_client.vendors.chatwoot import ChatwootBackend, channel_of, sla_dues, split_account_url, survey_rating
from api_client.vendors.common import Rejected
from tests.helpers.prism_mock import PrismMock, spec_path, unavailable_reason

SPEC = spec_path("chatwoot-swagger.json")
REASON = unavailable_reason(SPEC)
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismMock]:
    mock = PrismMock(SPEC, tmp_path_factory.mktemp("prism") / "chatwoot.log").start()
    try:
        yield mock
    finally:
        mock.stop()


@pytest.fixture
def backend(prism: PrismMock) -> Iterator[ChatwootBackend]:
    prism.mark()
    b = ChatwootBackend(f"{prism.url}/app/accounts/7", "user-access-token", poll_s=0.1)
    yield b
    b.close()


def assert_all_valid(prism: PrismMock, expected: set[tuple[str, str]]) -> None:
    seen = prism.requests_since()
    assert seen, "no request reached Prism"
    # Agent capacity policies (Enterprise) are not in Chatwoot's published document: read from its source
    bad = [(method, path) for method, path, ok in seen if not ok and "/agent_capacity_policies" not in path]
    assert not bad, f"requests the Chatwoot document does not allow: {bad}"
    assert expected <= {(method, path.split("?")[0]) for method, path, _ in seen}


def test_snapshot_sends_only_documented_requests(prism: PrismMock, backend: ChatwootBackend) -> None:
    snap = backend.snapshot()
    assert [q.name for q in snap.queues]  # the document's example inbox
    assert snap.agents
    assert snap.agents[0].state in ("available", "busy", "offline")
    assert all(t.version >= 0 for t in snap.tickets)
    assert_all_valid(prism, {("GET", "/api/v1/accounts/7/inboxes"), ("GET", "/api/v1/accounts/7/agents"),
                             ("GET", "/api/v1/accounts/7/teams"), ("GET", "/api/v1/accounts/7/conversations")})


def test_reads_send_only_documented_requests(prism: PrismMock, backend: ChatwootBackend) -> None:
    assert backend.whoami().role in ("supervisor", "team_lead")
    assert backend.ticket(12).status in ("open", "pending", "solved")
    backend.interactions(InteractionFilter(ticket_id=12))
    backend.changes(0)
    backend.reviews(interaction_id=12)
    assert_all_valid(prism, {("GET", "/api/v1/profile"), ("GET", "/api/v1/accounts/7/conversations/12"),
                             ("GET", "/api/v1/accounts/7/conversations/12/messages")})


def test_writes_send_only_documented_requests(prism: PrismMock, backend: ChatwootBackend) -> None:
    version = backend.ticket(12).version
    with pytest.raises(Rejected):  # the mock's read-back does not show agent 3: reported, not taken as success
        backend.assign(12, version, "3", reason="Balancing the load")
    backend.assign(12, version, None)  # unassign: the example conversation has no assignee
    with pytest.raises(Rejected):
        backend.escalate(12, version, reason="VIP customer", priority="urgent")
    result = backend.bulk_assign([BulkAssignItem(ticket_id=12, version=version, assignee_id="4")])
    assert not result.results[0].ok
    with pytest.raises(Rejected):  # the example note is not a review
        backend.save_review(ReviewInput(interaction_id=12, scorecard_id="standard",
                                        scores=[CategoryScore(category_id="greeting", value=2)]))
    assert_all_valid(prism, {("POST", "/api/v1/accounts/7/conversations/12/assignments"),
                             ("POST", "/api/v1/accounts/7/conversations/12/toggle_priority"),
                             ("POST", "/api/v1/accounts/7/conversations/12/messages")})


def test_prism_rejects_what_the_document_does_not_allow(prism: PrismMock, backend: ChatwootBackend) -> None:
    """The control: validation is on, so the tests above would catch a wrong request."""
    with pytest.raises(InvalidRequest):
        backend.http.request("POST", "/api/v1/accounts/7/conversations/12/toggle_priority",
                             body={"priority": "critical"})
    seen = prism.requests_since()
    assert [ok for _, _, ok in seen] == [False], seen


def test_stale_version_is_refused_before_writing(prism: PrismMock, backend: ChatwootBackend) -> None:
    from api_client.errors import Conflict

    with pytest.raises(Conflict):
        backend.assign(12, 123456789, "3")
    assert [m for m, _, _ in prism.requests_since()] == ["GET"]  # nothing was written


def test_account_url_and_channels() -> None:
    assert split_account_url("https://chat.example.com/app/accounts/3/dashboard") == ("https://chat.example.com", 3)
    assert split_account_url("https://example.com/chatwoot/api/v1/accounts/12") == ("https://example.com/chatwoot", 12)
    with pytest.raises(ValueError, match="names the account"):
        split_account_url("https://chat.example.com/")
    assert [channel_of(c) for c in ("Channel::WebWidget", "Channel::Email", "Channel::Whatsapp", "Channel::Api")] == [
        "chat", "email", "social", "app"]


def test_document_is_the_vendors() -> None:
    assert Path(SPEC).stat().st_size > 400_000  # the unchanged swagger.json from chatwoot/chatwoot


def test_csat_comes_from_the_answered_survey_message() -> None:
    answered = {"content_type": "input_csat", "content_attributes": {
        "submitted_values": {"csat_survey_response": {"rating": 2, "feedback_message": "slow"}}}}
    assert survey_rating(answered) == 2
    assert survey_rating({"content_type": "input_csat", "content_attributes": {}}) is None  # not answered yet
    assert survey_rating({"content_type": "text", "content": "thanks"}) is None


def test_sla_due_times_come_from_the_applied_sla() -> None:
    """Chatwoot's applied_sla as its own front end reads it (SLAHelper: thresholds in seconds, created_at epoch)."""
    applied = {"id": 1, "sla_id": 20, "sla_name": "SLA name", "sla_status": "active", "created_at": 1704066600,
               "sla_first_response_time_threshold": 600, "sla_next_response_time_threshold": 1200,
               "sla_resolution_time_threshold": 1800, "sla_only_during_business_hours": False}
    start = datetime.fromtimestamp(1704066600, UTC)
    assert sla_dues({"applied_sla": applied}) == (start + timedelta(seconds=600), start + timedelta(seconds=1800))
    assert sla_dues({"applied_sla": {**applied, "sla_resolution_time_threshold": None}})[1] is None
    assert sla_dues({"applied_sla": {**applied, "sla_only_during_business_hours": True}}) == (None, None)
    assert sla_dues({"applied_sla": {}}) == sla_dues({}) == (None, None)  # no SLA (community edition)
