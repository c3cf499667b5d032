"""The simulator's QA: the shared store (:mod:`apiserver.qa_store`) on the simulator's SQLite file, with the
engine's clock, users and audit log and synthesised recordings, and the demo's history of reviews, disputes and
calibration sessions written on a new database."""

from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import msgspec
from sqlalchemy import Connection, text

from api_client import models as m
from api_client.qa import SCORECARD, review_score
from apiserver.db import connect
from apiserver.qa_store import REVIEWER_ROLES, Owner, SqlQaStore, metadata
from simulator import catalog, speech
from simulator.engine import Engine
from simulator.transcripts import TRADITIONAL, traditional

_ENC = msgspec.json.Encoder()
HISTORY_SHARE = 0.3  # share of the warm-up's interactions reviewed before the demo starts
DISPUTE_SHARE = 0.08  # share of the history's reviews a team lead disputed
HISTORY_REVIEWERS = tuple(uid for uid, _ in catalog.HISTORY_REVIEWERS)
DEMO_REVIEWERS = ("u-qa", "u-sup")  # invited to the open calibration session; they have not scored yet


def open_store(engine: Engine) -> SqlQaStore:
    """The QA store on ``engine``'s database: its tables made if missing and, on a new database, the scorecard
    and the demo's history written. Writes hold the engine's lock, as the engine's own do."""
    path = Path(engine.db.path)

    def is_reviewer(user_id: str) -> bool:
        marks = ", ".join("?" * len(REVIEWER_ROLES))
        return bool(engine.db.rows(f"SELECT 1 FROM users WHERE id = ? AND role IN ({marks})",  # noqa: S608
                                   (user_id, *REVIEWER_ROLES)))

    def audit(conn: Connection, actor_id: str, ticket_id: int | None, reason: str) -> None:
        """The entry in the engine's audit table, in the store's transaction (the engine's lock is held), with
        the engine's next id kept in the same transaction so that a restart never hands it out again."""
        entry = m.AuditEntry(id=engine.next_audit_id, at=engine.sim_datetime(), actor_id=actor_id, action="review",
                             ticket_id=ticket_id, reason=reason)
        engine.next_audit_id += 1
        conn.execute(text("INSERT INTO audit VALUES (:id, :ticket_id, :actor_id, :action, :data)"),
                     {"id": entry.id, "ticket_id": ticket_id, "actor_id": actor_id, "action": entry.action,
                      "data": _ENC.encode(entry)})
        conn.execute(text("INSERT OR REPLACE INTO meta VALUES ('next_audit_id', :next)"),
                     {"next": str(engine.next_audit_id)})

    owner = Owner(now=engine.sim_datetime, is_reviewer=is_reviewer, audit=audit, write_lock=engine.lock,
                  recording=lambda item: speech.recording(item, path.with_name(f"{path.name}.recordings")))
    store = SqlQaStore(connect(f"sqlite:///{path}"), owner)
    with engine.lock:
        metadata.create_all(store.engine)
        if not store.scorecards():
            store.add_history([SCORECARD], *history(engine, SCORECARD))
    return store


def _scores(rng: random.Random, card: m.Scorecard, skill: float) -> list[m.CategoryScore]:
    return [m.CategoryScore(category_id=c.id, value=None if rng.random() < 0.05 and not c.critical else
                            max(0, min(c.scale - 1, round(rng.gauss(skill, 0.2) * (c.scale - 1)))))
            for c in card.categories]


def history(engine: Engine, card: m.Scorecard) -> tuple[list[m.Review], list[m.Calibration]]:
    """Earlier reviews by two colleagues of the demo reviewer, so that trends, disputes and calibration have a
    history: some disputed by the team lead, one finished calibration session with its agreed scores, and an
    open one the demo accounts are invited to. Nothing is dated after the simulated now; the demo accounts' own
    queues start empty."""
    rng = random.Random(f"{engine.seed}:reviews")
    now = engine.sim_datetime()
    done: list[m.Review] = []
    for (blob,) in engine.db.rows("SELECT data FROM interactions ORDER BY id"):
        if rng.random() > HISTORY_SHARE:
            continue
        i = msgspec.json.decode(blob, type=m.Interaction)
        since_call = (now - i.ended_at) / timedelta(minutes=1)
        if since_call < 5:  # too recent to have been reviewed
            continue
        scores = _scores(rng, card, rng.gauss(0.75 if (i.csat or 4) >= 4 else 0.55, 0.15))
        at = i.ended_at + timedelta(minutes=rng.uniform(5, min(90, since_call)))
        done.append(m.Review(id=len(done) + 1, interaction_id=i.id, scorecard_id=card.id,
                             scorecard_version=card.version, reviewer_id=rng.choice(HISTORY_REVIEWERS),
                             agent_id=i.agent_id, scores=scores, comment="", score=review_score(card, scores),
                             status="submitted", created_at=at, updated_at=at, version=1,
                             dispute=_dispute(rng, i.language, at, now)))
    sessions: list[m.Calibration] = []
    if len(done) >= 2:  # a finished session half-way through the history, an open one on its newest review
        for base, invited in ((done[len(done) // 2], ()), (done[-1], DEMO_REVIEWERS)):
            sessions.append(m.Calibration(id=len(sessions) + 1, interaction_id=base.interaction_id,
                                          scorecard_id=card.id, scorecard_version=card.version,
                                          reviewer_ids=sorted([*HISTORY_REVIEWERS, *invited]), created_by="u-sup",
                                          created_at=base.updated_at))
            done += _calibration_reviews(rng, card, base, sessions[-1], len(done) + 1, now)
        first = sessions[0]
        agreed = _median(card, [r for r in done if r.calibration_id == first.id])
        sessions[0] = msgspec.structs.replace(first, agreed=agreed, agreed_score=review_score(card, agreed))
    return done, sessions


def _dispute(rng: random.Random, language: str, reviewed: datetime, now: datetime) -> m.Dispute | None:
    """Now and then the team lead's objection to a review, in the conversation's language (Traditional
    characters for a Traditional one), a while after it."""
    room = (now - reviewed) / timedelta(minutes=1)
    if rng.random() >= DISPUTE_SHARE or room < 10:
        return None
    comment = rng.choice(catalog.DISPUTE_COMMENTS["en" if language == "en" else "zh"])
    return m.Dispute(opened_by="u-lead", opened_at=reviewed + timedelta(minutes=rng.uniform(10, min(60, room))),
                     comment=traditional(comment) if language == TRADITIONAL else comment)


def _calibration_reviews(rng: random.Random, card: m.Scorecard, base: m.Review, session: m.Calibration,
                         first_id: int, now: datetime) -> list[m.Review]:
    """The history's reviewers score ``base``'s interaction again for ``session``: the same on critical
    categories, a point apart now and then on the others."""
    out = []
    first = [rng.randint(c.scale // 2, c.scale - 1) for c in card.categories]
    for offset, reviewer in enumerate(HISTORY_REVIEWERS):
        scores = [m.CategoryScore(category_id=c.id, value=max(0, v - (0 if c.critical else offset * rng.randint(0, 1))))
                  for c, v in zip(card.categories, first, strict=True)]
        at = min(now, session.created_at + timedelta(minutes=rng.uniform(5, 30)))
        out.append(msgspec.structs.replace(base, id=first_id + offset, reviewer_id=reviewer, scores=scores,
                                           calibration_id=session.id, score=review_score(card, scores),
                                           created_at=at, updated_at=at, dispute=None))
    return out


def _median(card: m.Scorecard, scored: list[m.Review]) -> list[m.CategoryScore]:
    """Per category, the reviewers' median (as the console's "agree on the median" sets it)."""
    agreed = []
    for c in card.categories:
        values = [s.value for r in scored for s in r.scores if s.category_id == c.id and s.value is not None]
        agreed.append(m.CategoryScore(category_id=c.id, value=round(statistics.median(values)) if values else None))
    return agreed
