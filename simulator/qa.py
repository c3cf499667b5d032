"""QA operations of the simulator: interactions and their recordings, versioned scorecards, reviews,
review queues (sampling), disputes and calibration sessions. Everything is kept in the simulator's
SQLite file; the HTTP surface checks roles and decodes bodies before calling these."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import msgspec

from api_client import models as m
from api_client.qa import SCORECARD, review_score
from apiserver.problems import Problem
from simulator import catalog, speech
from simulator.engine import Engine
from simulator.engine.storage import json_array

_ENC = msgspec.json.Encoder()
HISTORY_SHARE = 0.3  # share of the warm-up's interactions reviewed before the demo starts
HISTORY_REVIEWERS = tuple(uid for uid, _ in catalog.HISTORY_REVIEWERS)
SCHEMA = """
CREATE TABLE IF NOT EXISTS scorecard_versions (id TEXT NOT NULL, version INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (id, version));
CREATE TABLE IF NOT EXISTS calibrations (id INTEGER PRIMARY KEY, interaction_id INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS assignments (id INTEGER PRIMARY KEY, interaction_id INTEGER NOT NULL,
    reviewer_id TEXT NOT NULL, data BLOB NOT NULL, UNIQUE (interaction_id, reviewer_id));
"""


def _where(flt: m.InteractionFilter) -> tuple[str, list[object]]:
    """A WHERE clause over the ``interactions`` table and its parameters."""
    field = "json_extract(CAST(data AS TEXT), '$.{}')".format
    conditions: list[tuple[str, object]] = [
        ("ticket_id = ?", flt.ticket_id),
        ("agent_id = ?", flt.agent_id),
        (f"{field('channel')} = ?", flt.channel),
        (f"{field('team')} = ?", flt.team),
        (f"{field('csat')} <= ?", m.LOW_CSAT if flt.low_csat else None),
        (f"{field('escalated')} = ?", 1 if flt.escalated else None),
        (f"{field('sla_breached')} = ?", 1 if flt.sla_breached else None),
        (f"{field('handle_s')} >= ?", flt.min_handle_s),
        (f"{field('started_at')} >= ?", flt.since and _iso(flt.since)),
        (f"{field('started_at')} < ?", flt.until and _iso(flt.until)),
    ]
    given = [(sql, value) for sql, value in conditions if value is not None]
    return " AND ".join(["1 = 1", *(sql for sql, _ in given)]), [value for _, value in given]


def _keyset(where: str, params: list[object], before_id: int | None) -> tuple[str, list[object]]:
    """``where`` narrowed to ids below ``before_id`` (keyset pagination of a list newest first by id)."""
    return (where, params) if before_id is None else (f"{where} AND id < ?", [*params, before_id])


def _iso(at: datetime) -> str:
    return _ENC.encode(at).decode().strip('"')


class Qa:
    """QA operations; writes go through the engine's writer under its lock, like every other write."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.db = engine.db
        with self.engine.lock:
            self.db.writer.executescript(SCHEMA)
            if not self.db.writer.execute("SELECT COUNT(*) FROM scorecard_versions").fetchone()[0]:
                card = SCORECARD
                self.db.writer.execute("INSERT INTO scorecard_versions VALUES (?, ?, ?)",
                                       (card.id, card.version, _ENC.encode(card)))
                self._seed_reviews(card)

    def _seed_reviews(self, card: m.Scorecard) -> None:
        """Earlier reviews by two colleagues of the demo reviewer (a new database only), so trends and
        disputes have a history; the demo accounts' own queues start empty."""
        rng = random.Random(f"{self.engine.seed}:reviews")
        rows = self.db.writer.execute("SELECT data FROM interactions ORDER BY id").fetchall()
        reviews: list[tuple[int, int, str, bytes]] = []
        for (blob,) in rows:
            if rng.random() > HISTORY_SHARE:
                continue
            i = msgspec.json.decode(blob, type=m.Interaction)
            skill = rng.gauss(0.75 if (i.csat or 4) >= 4 else 0.55, 0.15)
            scores = [m.CategoryScore(category_id=c.id, value=None if rng.random() < 0.05 and not c.critical else
                                      max(0, min(c.scale - 1, round(rng.gauss(skill, 0.2) * (c.scale - 1)))))
                      for c in card.categories]
            at = i.ended_at + timedelta(minutes=rng.uniform(5, 90))
            rid = len(reviews) + 1
            dispute = m.Dispute(opened_by="u-lead", opened_at=at + timedelta(minutes=30),
                                comment="The customer confirmed the fix; please look again.") \
                if rng.random() < 0.08 else None
            review = m.Review(id=rid, interaction_id=i.id, scorecard_id=card.id, scorecard_version=card.version,
                              reviewer_id=rng.choice(HISTORY_REVIEWERS), agent_id=i.agent_id, scores=scores,
                              comment="", score=review_score(card, scores), status="submitted", created_at=at,
                              updated_at=at, version=1, dispute=dispute)
            reviews.append((rid, i.id, review.reviewer_id, _ENC.encode(review)))
        if reviews:  # one calibration session: both colleagues scored the newest reviewed interaction again
            last = msgspec.json.decode(reviews[-1][3], type=m.Review)
            cal = m.Calibration(id=1, interaction_id=last.interaction_id, scorecard_id=card.id,
                                scorecard_version=card.version, reviewer_ids=[*HISTORY_REVIEWERS, "u-qa", "u-sup"],
                                created_by="u-sup", created_at=last.updated_at)
            self.db.writer.execute("INSERT INTO calibrations VALUES (?, ?, ?)", (1, cal.interaction_id,
                                                                                 _ENC.encode(cal)))
            for offset, reviewer in enumerate(HISTORY_REVIEWERS):
                scores = [m.CategoryScore(category_id=c.id, value=max(0, min(c.scale - 1, rng.randint(
                    c.scale // 2, c.scale - 1) - offset * rng.randint(0, 1)))) for c in card.categories]
                rid = len(reviews) + 1
                review = msgspec.structs.replace(last, id=rid, reviewer_id=reviewer, scores=scores, calibration_id=1,
                                                 score=review_score(card, scores), dispute=None)
                reviews.append((rid, last.interaction_id, reviewer, _ENC.encode(review)))
        self.db.writer.executemany("INSERT INTO reviews VALUES (?, ?, ?, ?)", reviews)

    # ------------------------------------------------------------------ interactions
    def interactions(self, flt: m.InteractionFilter, limit: int, before_id: int | None = None,
                     ids: list[int] | None = None) -> bytes:
        """Matching interactions, newest first: only ids below ``before_id`` and, given ``ids``, only those."""
        where, params = _where(flt)
        where, params = _keyset(where, params, before_id)
        if ids is not None:
            where += f" AND id IN ({', '.join('?' * len(ids))})"
            params.extend(ids)
        sql = f"SELECT data FROM interactions WHERE {where} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return json_array(self.db.blobs(sql, [*params, limit]))

    def interaction(self, interaction_id: int) -> m.Interaction:
        rows = self.db.blobs("SELECT data FROM interactions WHERE id = ?", (interaction_id,))
        if not rows:
            raise Problem(404, "not_found", f"No interaction {interaction_id}")
        return msgspec.json.decode(rows[0], type=m.Interaction)

    def recording(self, interaction_id: int) -> bytes:
        """The call's recording (a WAV as long as the call, spoken; see simulator/speech.py), cached in a
        directory beside the database; 404 when the interaction is not a call. Blocks while it is made."""
        item = self.interaction(interaction_id)
        if item.recording_url is None:
            raise Problem(404, "not_found", f"Interaction {item.id} has no recording")
        db = Path(self.db.path)
        return speech.recording(item, db.with_name(f"{db.name}.recordings"))

    # ------------------------------------------------------------------ scorecards
    def scorecards(self) -> list[m.Scorecard]:
        """The newest version of every scorecard."""
        rows = self.db.blobs("SELECT data FROM scorecard_versions v WHERE version = "
                             "(SELECT MAX(version) FROM scorecard_versions WHERE id = v.id) ORDER BY id")
        return [msgspec.json.decode(r, type=m.Scorecard) for r in rows]

    def scorecard(self, card_id: str, version: int | None = None) -> m.Scorecard | None:
        """One version of a scorecard (the newest when ``version`` is None)."""
        if version is None:
            rows = self.db.blobs("SELECT data FROM scorecard_versions WHERE id = ? ORDER BY version DESC LIMIT 1",
                                 (card_id,))
        else:
            rows = self.db.blobs("SELECT data FROM scorecard_versions WHERE id = ? AND version = ?",
                                 (card_id, version))
        return msgspec.json.decode(rows[0], type=m.Scorecard) if rows else None

    def save_scorecard(self, req: m.ScorecardInput, card_id: str | None) -> m.Scorecard:
        """Create a scorecard (``card_id`` None) or add a new version of one; old versions stay as they were."""
        ids = [c.id for c in req.categories]
        if len(set(ids)) != len(ids):
            raise Problem(422, "duplicate_category", "Category ids must be unique", field="categories")
        if card_id is not None and req.id != card_id:
            raise Problem(422, "validation_error", "The body's id must match the path", field="id")
        with self.engine.lock:
            current = self.scorecard(req.id)
            if card_id is None and current is not None:
                raise Problem(409, "exists", f"Scorecard {req.id!r} exists; PUT a new version instead")
            if card_id is not None and current is None:
                raise Problem(404, "not_found", f"No scorecard {card_id!r}")
            card = m.Scorecard(id=req.id, name=req.name, version=current.version + 1 if current else 1,
                               categories=req.categories)
            self.engine.write("INSERT INTO scorecard_versions VALUES (?, ?, ?)",
                              (card.id, card.version, _ENC.encode(card)))
            self.engine.flush()
        return card

    # ------------------------------------------------------------------ reviews
    def reviews(self, user: m.User, interaction_id: int | None, reviewer_id: str | None, limit: int,
                calibration_id: int | None = None, before_id: int | None = None) -> bytes:
        """Reviews, newest first: every submitted one and ``user``'s own drafts (drafts are private)."""
        where = ["(json_extract(CAST(data AS TEXT), '$.status') = 'submitted' OR reviewer_id = ?)"]
        params = list[object]([user.id])
        if calibration_id is not None:
            where.append("json_extract(CAST(data AS TEXT), '$.calibration_id') = ?")
            params.append(calibration_id)
        if interaction_id is not None:
            where.append("interaction_id = ?")
            params.append(interaction_id)
        if reviewer_id is not None:
            where.append("reviewer_id = ?")
            params.append(reviewer_id)
        clause, params = _keyset(" AND ".join(where), params, before_id)
        sql = f"SELECT data FROM reviews WHERE {clause} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return json_array(self.db.blobs(sql, [*params, limit]))

    def _review_fields(self, req: m.ReviewInput, version: int | None = None,
                       ) -> tuple[m.Scorecard, m.Interaction, float | None]:
        """Validate a review against its scorecard (the newest version, or ``version``: a review keeps its own)."""
        card = self.scorecard(req.scorecard_id, version)
        if card is None:
            raise Problem(422, "unknown_scorecard", f"No scorecard {req.scorecard_id!r}", field="scorecard_id")
        try:
            interaction = self.interaction(req.interaction_id)
        except Problem:
            raise Problem(422, "unknown_interaction", f"No interaction {req.interaction_id}",
                          field="interaction_id") from None
        scales = {c.id: c.scale for c in card.categories}
        seen: set[str] = set()
        for i, s in enumerate(req.scores):
            if s.category_id not in scales:
                raise Problem(422, "unknown_category", f"Scorecard {card.id!r} has no category {s.category_id!r}",
                              field=f"scores[{i}].category_id")
            if s.category_id in seen:
                raise Problem(422, "duplicate_category", f"Category {s.category_id!r} is scored twice",
                              field=f"scores[{i}].category_id")
            seen.add(s.category_id)
            if s.value is not None and s.value >= scales[s.category_id]:
                raise Problem(422, "out_of_scale", f"Category {s.category_id!r} takes 0..{scales[s.category_id] - 1}",
                              field=f"scores[{i}].value")
        if req.status == "submitted" and seen != set(scales):
            missing = ", ".join(sorted(set(scales) - seen))
            raise Problem(422, "incomplete_review", f"A submitted review scores every category (or N/A): {missing}",
                          field="scores")
        return card, interaction, review_score(card, req.scores)

    def create_review(self, user: m.User, req: m.ReviewInput) -> m.Review:
        card, interaction, score = self._review_fields(req)
        if req.calibration_id is not None:
            self.check_calibration(user, req.calibration_id, interaction.id)
        e = self.engine
        with e.lock:
            rid = (self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM reviews").fetchone()[0])
            now = e.sim_datetime()
            review = m.Review(id=rid, interaction_id=interaction.id, scorecard_id=card.id,
                              scorecard_version=card.version, reviewer_id=user.id, agent_id=interaction.agent_id,
                              scores=req.scores, comment=req.comment, score=score, status=req.status,
                              created_at=now, updated_at=now, version=1, calibration_id=req.calibration_id)
            e.write("INSERT INTO reviews VALUES (?, ?, ?, ?)", (rid, interaction.id, user.id, _ENC.encode(review)))
            e.audit(user.id, action="review", ticket_id=interaction.ticket_id, reason=f"review {rid} {req.status}")
            e.flush()  # the review and its audit entry in one transaction
        return review

    def update_review(self, user: m.User, review_id: int, version: int, req: m.ReviewInput) -> m.Review:
        """Change a review: a draft by its author only, a submitted one by its author or a supervisor. Who may is
        checked first, so nobody else learns its version or scorecard from a 412 or a 422."""
        e = self.engine
        with e.lock:
            old = self._review(review_id, user)
            if old.reviewer_id != user.id and user.role != "supervisor":
                raise Problem(403, "forbidden", "Only the reviewer or a supervisor may change this review")
            if req.scorecard_id != old.scorecard_id:
                raise Problem(422, "validation_error", "A review keeps its scorecard", field="scorecard_id")
            card, interaction, score = self._review_fields(req, old.scorecard_version)
            if old.version != version:
                raise Problem(412, "version_conflict", f"Review {review_id} is at version {old.version}",
                              field="If-Match")
            if old.status == "submitted" and req.status == "draft":
                raise Problem(409, "already_submitted", "A submitted review cannot go back to draft")
            if old.interaction_id != interaction.id:
                raise Problem(422, "validation_error", "A review cannot move to another interaction",
                              field="interaction_id")
            review = msgspec.structs.replace(old, scorecard_id=card.id, scorecard_version=card.version,
                                             scores=req.scores, comment=req.comment, score=score,
                                             status=req.status, updated_at=e.sim_datetime(), version=old.version + 1)
            e.write("UPDATE reviews SET data = ? WHERE id = ?", (_ENC.encode(review), review_id))
            e.audit(user.id, action="review", ticket_id=interaction.ticket_id,
                    reason=f"review {review_id} {req.status}")
            e.flush()
        return review

    def _review(self, review_id: int, user: m.User) -> m.Review:
        """A review ``user`` may see: someone else's draft is not found, as if it did not exist."""
        rows = self.db.writer.execute("SELECT data FROM reviews WHERE id = ?", (review_id,)).fetchall()
        review = msgspec.json.decode(rows[0][0], type=m.Review) if rows else None
        if review is None or (review.status == "draft" and review.reviewer_id != user.id):
            raise Problem(404, "not_found", f"No review {review_id}")
        return review

    def _store_review(self, user: m.User, review: m.Review, what: str) -> m.Review:
        review = msgspec.structs.replace(review, updated_at=self.engine.sim_datetime(), version=review.version + 1)
        self.engine.write("UPDATE reviews SET data = ? WHERE id = ?", (_ENC.encode(review), review.id))
        ticket_id = self.db.writer.execute("SELECT ticket_id FROM interactions WHERE id = ?",
                                           (review.interaction_id,)).fetchone()
        self.engine.audit(user.id, action="review", ticket_id=ticket_id[0] if ticket_id else None,
                          reason=f"review {review.id} {what}")
        self.engine.flush()
        return review

    def open_dispute(self, user: m.User, review_id: int, req: m.DisputeRequest) -> m.Review:
        """A team lead (or supervisor) disputes a submitted review of someone else's."""
        if not req.comment.strip():
            raise Problem(422, "validation_error", "A dispute needs a comment", field="comment")
        with self.engine.lock:
            review = self._review(review_id, user)
            if review.reviewer_id == user.id:
                raise Problem(403, "own_review", "Nobody disputes a review they wrote")
            if review.status != "submitted":
                raise Problem(409, "not_submitted", "Only a submitted review can be disputed")
            if review.dispute is not None and review.dispute.status == "open":
                raise Problem(409, "already_disputed", f"Review {review_id} already has an open dispute")
            dispute = m.Dispute(opened_by=user.id, opened_at=self.engine.sim_datetime(), comment=req.comment)
            return self._store_review(user, msgspec.structs.replace(review, dispute=dispute), "disputed")

    def resolve_dispute(self, user: m.User, review_id: int, req: m.DisputeResolution) -> m.Review:
        """Another reviewer or a supervisor accepts or rejects the open dispute: never the review's reviewer nor
        whoever opened the dispute (separation of duties)."""
        with self.engine.lock:
            review = self._review(review_id, user)
            if review.dispute is None or review.dispute.status != "open":
                raise Problem(409, "no_open_dispute", f"Review {review_id} has no open dispute")
            if user.id in (review.reviewer_id, review.dispute.opened_by):
                raise Problem(403, "own_review", "A dispute is answered by someone other than the review's "
                              "reviewer and whoever opened it")
            dispute = msgspec.structs.replace(
                review.dispute, status="accepted" if req.accept else "rejected", resolved_by=user.id,
                resolved_at=self.engine.sim_datetime(), resolution=req.comment)
            return self._store_review(user, msgspec.structs.replace(review, dispute=dispute),
                                      f"dispute {dispute.status}")

    # ------------------------------------------------------------------ calibration
    def create_calibration(self, user: m.User, req: m.CalibrationInput) -> m.Calibration:
        card = self.scorecard(req.scorecard_id)
        if card is None:
            raise Problem(422, "unknown_scorecard", f"No scorecard {req.scorecard_id!r}", field="scorecard_id")
        if not self.db.rows("SELECT 1 FROM interactions WHERE id = ?", (req.interaction_id,)):
            raise Problem(422, "unknown_interaction", f"No interaction {req.interaction_id}", field="interaction_id")
        known = {r[0] for r in self.db.rows("SELECT id FROM users WHERE role IN ('supervisor', 'qa_reviewer')")}
        for i, rid in enumerate(req.reviewer_ids):
            if rid not in known:
                raise Problem(422, "unknown_reviewer", f"No reviewer {rid!r}", field=f"reviewer_ids[{i}]")
        with self.engine.lock:
            cid = self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM calibrations").fetchone()[0]
            cal = m.Calibration(id=cid, interaction_id=req.interaction_id, scorecard_id=card.id,
                                scorecard_version=card.version, reviewer_ids=sorted(set(req.reviewer_ids)),
                                created_by=user.id, created_at=self.engine.sim_datetime())
            self.engine.write("INSERT INTO calibrations VALUES (?, ?, ?)", (cid, cal.interaction_id, _ENC.encode(cal)))
            self.engine.flush()
        return cal

    def calibration(self, calibration_id: int) -> m.Calibration:
        rows = self.db.blobs("SELECT data FROM calibrations WHERE id = ?", (calibration_id,))
        if not rows:
            raise Problem(404, "not_found", f"No calibration session {calibration_id}")
        return msgspec.json.decode(rows[0], type=m.Calibration)

    def calibrations(self, limit: int) -> bytes:
        return json_array(self.db.blobs("SELECT data FROM calibrations ORDER BY id DESC LIMIT ?", (limit,)))

    def set_agreed(self, calibration_id: int, req: m.AgreedScores) -> m.Calibration:
        with self.engine.lock:
            cal = self.calibration(calibration_id)
            card = self.scorecard(cal.scorecard_id, cal.scorecard_version)
            assert card is not None
            try:
                score = review_score(card, req.scores)
            except ValueError as exc:
                raise Problem(422, "validation_error", str(exc), field="scores") from None
            cal = msgspec.structs.replace(cal, agreed=req.scores, agreed_score=score)
            self.engine.write("UPDATE calibrations SET data = ? WHERE id = ?", (_ENC.encode(cal), cal.id))
            self.engine.flush()
        return cal

    def check_calibration(self, user: m.User, calibration_id: int, interaction_id: int) -> None:
        """A review in a calibration session: the session's interaction, by one of its reviewers."""
        cal = self.calibration(calibration_id)
        if cal.interaction_id != interaction_id:
            raise Problem(422, "validation_error", f"Calibration {cal.id} is about interaction {cal.interaction_id}",
                          field="interaction_id")
        if user.id not in cal.reviewer_ids:
            raise Problem(403, "forbidden", f"You are not a reviewer in calibration {cal.id}")

    # ------------------------------------------------------------------ review queue
    def sample(self, user: m.User, req: m.SampleRequest) -> list[m.Assignment]:
        """Assign ``per_agent`` random interactions per agent in the period (same seed, same pick); a qa_reviewer
        fills only their own queue."""
        if user.role != "supervisor" and req.reviewer_id != user.id:
            raise Problem(403, "forbidden", "A reviewer fills only their own review queue")
        if req.until <= req.since:
            raise Problem(422, "validation_error", "until must be after since", field="until")
        self._check_reviewer(req.reviewer_id)
        flt = m.InteractionFilter(channel=req.channel, team=req.team, low_csat=req.low_csat, escalated=req.escalated,
                                min_handle_s=req.min_handle_s, sla_breached=req.sla_breached,
                                since=req.since, until=req.until)
        where, params = _where(flt)
        rows = self.db.rows(f"SELECT id, agent_id FROM interactions WHERE {where} AND agent_id IS NOT NULL "  # noqa: S608
                            "ORDER BY id", params)
        by_agent: dict[str, list[int]] = {}
        for iid, agent in rows:
            by_agent.setdefault(agent, []).append(iid)
        rng = random.Random(req.seed)
        picked = [iid for agent in sorted(by_agent)
                  for iid in sorted(rng.sample(by_agent[agent], min(req.per_agent, len(by_agent[agent]))))]
        out: list[m.Assignment] = []
        with self.engine.lock:
            next_id = self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM assignments").fetchone()[0]
            taken = {r[0] for r in self.db.writer.execute(
                "SELECT interaction_id FROM assignments WHERE reviewer_id = ?", (req.reviewer_id,))}
            now = self.engine.sim_datetime()
            for iid in picked:
                if iid in taken:
                    continue
                a = m.Assignment(id=next_id, interaction_id=iid, reviewer_id=req.reviewer_id, assigned_by=user.id,
                                 assigned_at=now, source="sample")
                self.engine.write("INSERT INTO assignments VALUES (?, ?, ?, ?)",
                                  (a.id, iid, a.reviewer_id, _ENC.encode(a)))
                next_id += 1
                out.append(a)
            self.engine.flush()
        return out

    def assign(self, user: m.User, req: m.AssignmentInput) -> m.Assignment:
        """Put one interaction in a reviewer's queue (supervisors)."""
        self._check_reviewer(req.reviewer_id)
        if not self.db.rows("SELECT 1 FROM interactions WHERE id = ?", (req.interaction_id,)):
            raise Problem(422, "unknown_interaction", f"No interaction {req.interaction_id}", field="interaction_id")
        with self.engine.lock:
            if self.db.writer.execute("SELECT 1 FROM assignments WHERE interaction_id = ? AND reviewer_id = ?",
                                      (req.interaction_id, req.reviewer_id)).fetchone():
                raise Problem(409, "already_assigned",
                              f"Interaction {req.interaction_id} is already in {req.reviewer_id}'s queue")
            aid = self.db.writer.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM assignments").fetchone()[0]
            a = m.Assignment(id=aid, interaction_id=req.interaction_id, reviewer_id=req.reviewer_id,
                             assigned_by=user.id, assigned_at=self.engine.sim_datetime(), source="manual")
            self.engine.write("INSERT INTO assignments VALUES (?, ?, ?, ?)",
                              (aid, a.interaction_id, a.reviewer_id, _ENC.encode(a)))
            self.engine.flush()
        return a

    def _check_reviewer(self, reviewer_id: str) -> None:
        if not self.db.rows("SELECT 1 FROM users WHERE id = ? AND role IN ('supervisor', 'qa_reviewer')",
                            (reviewer_id,)):
            raise Problem(422, "unknown_reviewer", f"No reviewer {reviewer_id!r}", field="reviewer_id")

    def assignments(self, reviewer_id: str | None, limit: int, before_id: int | None = None) -> bytes:
        where, params = _keyset("reviewer_id = ?" if reviewer_id else "1 = 1", [reviewer_id] if reviewer_id else [],
                                before_id)
        sql = f"SELECT data FROM assignments WHERE {where} ORDER BY id DESC LIMIT ?"  # noqa: S608
        return json_array(self.db.blobs(sql, [*params, limit]))
