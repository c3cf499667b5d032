"""The shared QA store (apiserver/qa_store.py) on SQLite and on a real PostgreSQL server: filters, versioned
reviews (412), disputes, calibration, sampling, and every write with its audit entry in one transaction."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import Column, Connection, Engine, Integer, MetaData, Table, Text, func, select

from api_client import models as m
from api_client.qa import SCORECARD
from apiserver.problems import Problem
from apiserver.qa_store import Owner, SqlQaStore, connect, interactions, metadata
from tests.helpers.postgres import pg_cluster  # noqa: F401 - the fixture

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)
SUP = m.User(id="u-sup", name="Supervisor", role="supervisor")
LEAD = m.User(id="u-lead", name="Lead", role="team_lead")
QA = m.User(id="u-qa", name="Reviewer", role="qa_reviewer")
QA2 = m.User(id="u-qa2", name="Reviewer 2", role="qa_reviewer")
REVIEWERS = {SUP.id, QA.id, QA2.id}
CHANNELS: tuple[m.Channel, ...] = ("phone", "chat", "email")
# The owner's audit log (a hub's own table; the simulator writes its engine's).
audit_meta = MetaData()
audit = Table("audit_log", audit_meta, Column("id", Integer, primary_key=True), Column("actor_id", Text),
              Column("ticket_id", Integer), Column("reason", Text))


def _interaction(k: int) -> m.Interaction:
    start = NOW - timedelta(hours=5) + timedelta(minutes=7 * k)
    return m.Interaction(id=k, ticket_id=1000 + k, channel=CHANNELS[k % 3], agent_id=f"a{k % 4}",
                         started_at=start, ended_at=start + timedelta(minutes=5), language="en", turns=[],
                         recording_url=f"/api/v1/interactions/{k}/recording" if k % 3 == 0 else None,
                         csat=None if k % 5 == 0 else 1 + k % 5, team=f"Team {k % 2}", escalated=k % 7 == 0,
                         handle_s=60.0 * (k % 11), sla_breached=k % 4 == 1)


ITEMS = [_interaction(k) for k in range(1, 41)]


def _write_audit(conn: Connection, actor_id: str, ticket_id: int | None, reason: str) -> None:
    conn.execute(audit.insert().values(actor_id=actor_id, ticket_id=ticket_id, reason=reason))


def _owner() -> Owner:
    return Owner(now=lambda: NOW, is_reviewer=REVIEWERS.__contains__, audit=_write_audit,
                 recording=lambda item: f"RIFF{item.id}".encode())


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A new database with the QA tables, the audit table and ITEMS in ``interactions``."""
    if request.param == "sqlite":
        engine = connect(f"sqlite:///{tmp_path / 'qa.sqlite'}")
    else:
        engine = connect(request.getfixturevalue("pg_cluster").new_database())
    metadata.create_all(engine)
    audit_meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(interactions.insert(), [{"id": i.id, "ticket_id": i.ticket_id, "agent_id": i.agent_id,
                                              "data": msgspec.json.encode(i)} for i in ITEMS])
    yield engine
    engine.dispose()


@pytest.fixture
def store(db: Engine) -> SqlQaStore:
    store = SqlQaStore(db, _owner())
    store.add_history([SCORECARD], [], [])
    return store


def _audit_count(store: SqlQaStore) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit)).scalar_one())


def _scores(card: m.Scorecard, value: int = 1) -> list[m.CategoryScore]:
    return [m.CategoryScore(category_id=c.id, value=min(value, c.scale - 1)) for c in card.categories]


def _review(store: SqlQaStore, user: m.User, iid: int, status: m.ReviewStatus = "submitted") -> m.Review:
    return store.create_review(user, m.ReviewInput(interaction_id=iid, scorecard_id=SCORECARD.id,
                                                   scores=_scores(SCORECARD), status=status))


def _ids(blob: bytes) -> list[int]:
    return [x["id"] for x in msgspec.json.decode(blob)]


def test_interaction_filters_select_what_they_name(store: SqlQaStore) -> None:
    def listed(flt: m.InteractionFilter, **kw: object) -> list[int]:
        return _ids(store.interactions(flt, 1000, **kw))  # type: ignore[arg-type]

    newest_first = sorted((i.id for i in ITEMS), reverse=True)
    assert listed(m.InteractionFilter()) == newest_first
    cases = [
        (m.InteractionFilter(channel="chat"), lambda i: i.channel == "chat"),
        (m.InteractionFilter(team="Team 1"), lambda i: i.team == "Team 1"),
        (m.InteractionFilter(agent_id="a2"), lambda i: i.agent_id == "a2"),
        (m.InteractionFilter(ticket_id=1005), lambda i: i.ticket_id == 1005),
        (m.InteractionFilter(low_csat=True), lambda i: i.csat is not None and i.csat <= m.LOW_CSAT),
        (m.InteractionFilter(escalated=True), lambda i: i.escalated),
        (m.InteractionFilter(sla_breached=True), lambda i: i.sla_breached),
        (m.InteractionFilter(min_handle_s=300), lambda i: (i.handle_s or 0) >= 300),
        (m.InteractionFilter(since=NOW - timedelta(hours=3), until=NOW - timedelta(hours=2)),
         lambda i: NOW - timedelta(hours=3) <= i.started_at < NOW - timedelta(hours=2)),
        # a moment in another zone is the same moment
        (m.InteractionFilter(since=(NOW - timedelta(hours=1)).astimezone(
            datetime.fromisoformat("2026-01-01T00:00:00+08:00").tzinfo)),
         lambda i: i.started_at >= NOW - timedelta(hours=1)),
        (m.InteractionFilter(channel="phone", escalated=True), lambda i: i.channel == "phone" and i.escalated),
    ]
    for flt, want in cases:
        expected = [k for k in newest_first if want(ITEMS[k - 1])]
        assert expected, flt
        assert listed(flt) == expected, flt
    assert listed(m.InteractionFilter(), before_id=10) == list(range(9, 0, -1))
    assert listed(m.InteractionFilter(channel="phone"), ids=[3, 4, 6, 99]) == [6, 3]
    assert store.interaction(7).ticket_id == 1007
    with pytest.raises(Problem) as missing:
        store.interaction(99)
    assert missing.value.status == 404
    assert store.recording(3) == b"RIFF3"
    with pytest.raises(Problem) as no_call:
        store.recording(4)
    assert no_call.value.status == 404


def test_review_versions_412_and_drafts_private(store: SqlQaStore) -> None:
    draft = _review(store, QA, 5, "draft")
    assert (draft.id, draft.version, draft.agent_id, draft.created_at) == (1, 1, ITEMS[4].agent_id, NOW)
    assert _ids(store.reviews(QA, None, None, 100)) == [1]
    assert _ids(store.reviews(QA2, None, None, 100)) == []  # someone else's draft is invisible
    req = m.ReviewInput(interaction_id=5, scorecard_id=SCORECARD.id, scores=_scores(SCORECARD, 2),
                        status="submitted")
    with pytest.raises(Problem) as hidden:
        store.update_review(QA2, draft.id, 1, req)
    assert hidden.value.status == 404
    before = _audit_count(store)
    with pytest.raises(Problem) as stale:
        store.update_review(QA, draft.id, 7, req)
    assert (stale.value.status, stale.value.body.error) == (412, "version_conflict")
    assert _audit_count(store) == before  # a refused write leaves no audit entry
    done = store.update_review(QA, draft.id, 1, req)
    assert (done.version, done.status) == (2, "submitted")
    assert _ids(store.reviews(QA2, 5, QA.id, 100)) == [1]
    back = m.ReviewInput(interaction_id=5, scorecard_id=SCORECARD.id, scores=req.scores, status="draft")
    with pytest.raises(Problem) as submitted:
        store.update_review(QA, draft.id, 2, back)
    assert submitted.value.status == 409
    assert _audit_count(store) == before + 1


def test_one_of_concurrent_updates_wins_the_rest_get_412(db: Engine) -> None:
    """Four writers on the same version, each with its own engine and lock, as four server processes would."""
    first = SqlQaStore(db, _owner())
    first.add_history([SCORECARD], [], [])
    review = _review(first, QA, 9, "draft")
    url = db.url.render_as_string(hide_password=False)
    stores = [SqlQaStore(connect(url), _owner()) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    outcomes: list[int] = []

    def write(s: SqlQaStore, value: int) -> None:
        barrier.wait()
        try:
            s.update_review(QA, review.id, 1, m.ReviewInput(interaction_id=9, scorecard_id=SCORECARD.id,
                                                            scores=_scores(SCORECARD, value), status="draft"))
            outcomes.append(200)
        except Problem as p:
            outcomes.append(p.status)

    threads = [threading.Thread(target=write, args=(s, k)) for k, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for s in stores:
        s.engine.dispose()
    assert sorted(outcomes) == [200, 412, 412, 412]
    stored = msgspec.json.decode(first.reviews(QA, None, None, 10), type=list[m.Review])
    assert [r.version for r in stored] == [2]
    assert _audit_count(first) == 2


def test_a_failed_audit_entry_undoes_the_write(db: Engine) -> None:
    def refuse(conn: Connection, actor_id: str, ticket_id: int | None, reason: str) -> None:
        _write_audit(conn, actor_id, ticket_id, reason)
        raise RuntimeError("the audit log is full")

    store = SqlQaStore(db, Owner(now=lambda: NOW, is_reviewer=REVIEWERS.__contains__, audit=refuse,
                                 recording=bytes))
    store.add_history([SCORECARD], [], [])
    with pytest.raises(RuntimeError):
        _review(store, QA, 3)
    assert _ids(store.reviews(QA, None, None, 10)) == []
    assert _audit_count(store) == 0


def test_disputes_keep_separation_of_duties(store: SqlQaStore) -> None:
    review = _review(store, QA, 12)
    with pytest.raises(Problem) as own:
        store.open_dispute(QA, review.id, m.DisputeRequest(comment="mine"))
    assert own.value.status == 403
    with pytest.raises(Problem) as blank:
        store.open_dispute(LEAD, review.id, m.DisputeRequest(comment="  "))
    assert blank.value.status == 422
    disputed = store.open_dispute(LEAD, review.id, m.DisputeRequest(comment="The customer was helped"))
    assert disputed.dispute is not None
    assert (disputed.version, disputed.dispute.status, disputed.dispute.opened_by) == (2, "open", LEAD.id)
    with pytest.raises(Problem) as twice:
        store.open_dispute(SUP, review.id, m.DisputeRequest(comment="again"))
    assert twice.value.status == 409
    for who in (QA, LEAD):
        with pytest.raises(Problem) as party:
            store.resolve_dispute(who, review.id, m.DisputeResolution(accept=True))
        assert party.value.status == 403
    resolved = store.resolve_dispute(QA2, review.id, m.DisputeResolution(accept=False, comment="Stands"))
    assert resolved.dispute is not None
    assert (resolved.version, resolved.dispute.status, resolved.dispute.resolved_by) == (3, "rejected", QA2.id)
    assert _audit_count(store) == 3


def test_scorecard_versions_and_calibration(store: SqlQaStore) -> None:
    with pytest.raises(Problem) as exists:
        store.save_scorecard(m.ScorecardInput(id=SCORECARD.id, name="x", categories=SCORECARD.categories), None)
    assert exists.value.status == 409
    old = _review(store, QA, 2)
    extra = [*SCORECARD.categories, m.Category(id="upsell", name="Offered upgrade", weight=1, scale=2)]
    v2 = store.save_scorecard(m.ScorecardInput(id=SCORECARD.id, name=SCORECARD.name, categories=extra), SCORECARD.id)
    assert v2.version == SCORECARD.version + 1
    assert [c.version for c in store.scorecards()] == [v2.version]
    assert store.scorecard(SCORECARD.id, SCORECARD.version) == SCORECARD
    # the old review keeps its version: changed against it, not against the new one
    again = store.update_review(QA, old.id, 1, m.ReviewInput(interaction_id=2, scorecard_id=SCORECARD.id,
                                                             scores=_scores(SCORECARD, 0), status="submitted"))
    assert again.scorecard_version == SCORECARD.version

    with pytest.raises(Problem) as stranger:
        store.create_calibration(SUP, m.CalibrationInput(interaction_id=4, scorecard_id=SCORECARD.id,
                                                         reviewer_ids=[QA.id, "u-nobody"]))
    assert (stranger.value.status, stranger.value.body.field) == (422, "reviewer_ids[1]")
    cal = store.create_calibration(SUP, m.CalibrationInput(interaction_id=4, scorecard_id=SCORECARD.id,
                                                           reviewer_ids=[QA2.id, QA.id, QA.id]))
    assert (cal.id, cal.reviewer_ids, cal.scorecard_version) == (1, [QA.id, QA2.id], v2.version)
    in_session = m.ReviewInput(interaction_id=4, scorecard_id=SCORECARD.id, scores=_scores(v2), status="submitted",
                               calibration_id=cal.id)
    with pytest.raises(Problem) as outsider:
        store.create_review(LEAD, in_session)
    assert outsider.value.status == 403
    mine = store.create_review(QA, in_session)
    assert _ids(store.reviews(SUP, None, None, 10, calibration_id=cal.id)) == [mine.id]
    agreed = store.set_agreed(cal.id, m.AgreedScores(scores=_scores(v2, 1)))
    assert agreed.agreed_score is not None
    assert store.calibration(cal.id) == agreed
    assert _ids(store.calibrations(10)) == [cal.id]


def test_sampling_is_seeded_and_never_assigns_twice(store: SqlQaStore) -> None:
    req = m.SampleRequest(reviewer_id=QA.id, per_agent=2, seed=5, since=NOW - timedelta(days=1), until=NOW)
    with pytest.raises(Problem) as other:
        store.sample(QA2, req)
    assert other.value.status == 403
    picked = store.sample(QA, req)
    assert len(picked) == 8  # 4 agents, 2 each
    assert len({ITEMS[a.interaction_id - 1].agent_id for a in picked}) == 4
    assert store.sample(QA, req) == []  # the same pick, already in the queue
    assert store.sample(SUP, msgspec.structs.replace(req, reviewer_id=QA2.id)) == [
        msgspec.structs.replace(a, id=a.id + 8, reviewer_id=QA2.id, assigned_by=SUP.id) for a in picked]
    free = next(i.id for i in ITEMS if i.id not in {a.interaction_id for a in picked})
    manual = store.assign(SUP, m.AssignmentInput(interaction_id=free, reviewer_id=QA.id))
    assert manual.source == "manual"
    with pytest.raises(Problem) as twice:
        store.assign(SUP, m.AssignmentInput(interaction_id=free, reviewer_id=QA.id))
    assert twice.value.status == 409
    with pytest.raises(Problem) as nobody:
        store.assign(SUP, m.AssignmentInput(interaction_id=free, reviewer_id="u-lead"))
    assert nobody.value.status == 422
    assert _ids(store.assignments(QA.id, 100)) == [manual.id, *sorted((a.id for a in picked), reverse=True)]
    assert _ids(store.assignments(None, 3, before_id=manual.id)) == [16, 15, 14]
