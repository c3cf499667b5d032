"""The QA store: interactions and their recordings, versioned scorecards, reviews and drafts, disputes,
calibration sessions and review assignments (sampling), on SQLAlchemy Core over SQLite or PostgreSQL.

One implementation of :class:`apiserver.http.backend.QaStore` for every server of the contract: the simulator
opens it on its SQLite file, a hub on its own database. Rows keep the whole object as JSON in ``data`` beside
the columns queries filter on, so listings hand JSON straight to the HTTP layer. The owner supplies what is not
QA's own (:class:`Owner`): the ``interactions`` rows (the simulator's engine writes them; a hub copies them from
its helpdesk), recordings, the clock, who may review, and the audit log, whose entry is written in the same
transaction as the change it records. The tables are declared once, on :data:`metadata`: ``create_all`` on a new
SQLite file, or the hub's Alembic migration.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import msgspec
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    Connection,
    Dialect,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Select,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    and_,
    bindparam,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

from api_client import models as m
from api_client import thresholds, wall_layout
from api_client.qa import review_score
from apiserver.problems import Problem

_ENC = msgspec.json.Encoder()
REVIEWER_ROLES = ("supervisor", "qa_reviewer")  # the users who may be given interactions to review
_LOCK_KEY = 0x51A5_7012  # PostgreSQL advisory lock taken by every write transaction: the store's writes queue


class Doc(TypeDecorator[bytes]):
    """A JSON document as bytes: BLOB on SQLite (as the simulator's engine writes interactions), TEXT on
    PostgreSQL (queries cast it to jsonb; reads hand the text on unparsed)."""

    impl = LargeBinary
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return dialect.type_descriptor(LargeBinary() if dialect.name == "sqlite" else Text())

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | str | None:
        return value.decode() if value is not None and dialect.name != "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        return value.encode() if isinstance(value, str) else value


metadata = MetaData()
# Written by the owner (the simulator's engine, a hub's follower); the store only reads it.
interactions = Table(
    "interactions", metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False),
    Column("ticket_id", BigInteger, nullable=False),
    Column("agent_id", String(64)),
    Column("data", Doc, nullable=False),
    Index("interactions_ticket", "ticket_id"),
    Index("interactions_agent", "agent_id"),
)
scorecard_versions = Table(
    "scorecard_versions", metadata,
    Column("id", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", Doc, nullable=False),
    PrimaryKeyConstraint("id", "version"),
)
# Documents the centre shares (m.SETTING_NAMES), every version kept.
shared_settings = Table(
    "shared_settings", metadata,
    Column("name", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", Doc, nullable=False),
    PrimaryKeyConstraint("name", "version"),
)
reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("interaction_id", Integer, nullable=False),
    Column("reviewer_id", Text, nullable=False),
    Column("data", Doc, nullable=False),
    Index("reviews_interaction", "interaction_id"),
)
calibrations = Table(
    "calibrations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("interaction_id", Integer, nullable=False),
    Column("data", Doc, nullable=False),
)
assignments = Table(
    "assignments", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("interaction_id", Integer, nullable=False),
    Column("reviewer_id", Text, nullable=False),
    Column("data", Doc, nullable=False),
    UniqueConstraint("interaction_id", "reviewer_id"),
)


_ONE_INTERACTION = select(interactions.c.data).where(interactions.c.id == bindparam("id"))


@dataclass(frozen=True)
class Owner:
    """What the store takes from the server that owns it.

    ``audit(conn, actor_id, ticket_id, reason)`` writes one audit entry (action ``review``) on ``conn``, inside
    the store's transaction; ``write_lock`` is held around every write (the simulator passes its engine's lock so
    its own writer and the store never wait on each other's SQLite lock)."""

    now: Callable[[], datetime]
    is_reviewer: Callable[[str], bool]
    recording: Callable[[m.Interaction], bytes]
    audit: Callable[[Connection, str, int | None, str], None]
    write_lock: AbstractContextManager[Any] = field(default_factory=threading.RLock)


def _iso(at: datetime) -> str:
    """``at`` as the documents write it (UTC, ISO 8601), to compare with their text."""
    return _ENC.encode(at.astimezone(UTC)).decode().strip('"')


def _json_array(blobs: Iterable[bytes]) -> bytes:
    return b"[" + b",".join(blobs) + b"]"


def _next_id(conn: Connection, table: Table) -> int:
    """The next id of ``table`` (writes are serialised, see :meth:`SqlQaStore._writing`)."""
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0) + 1)).scalar_one())


def check_setting(name: m.SettingName, data: dict[str, Any]) -> None:
    """ValueError naming what is wrong with a shared document: the console's own parsers judge it."""
    if name == "wall_layout":
        wall_layout.parse(_ENC.encode(data), name)
        return
    try:
        thresholds.parse(data)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


class SqlQaStore:
    """The QA store on one database (see the module's docstring). Every write is one transaction."""

    def __init__(self, engine: Engine, owner: Owner) -> None:
        self.engine = engine
        self.owner = owner
        self._sqlite = engine.dialect.name == "sqlite"
        self._review_dec = msgspec.json.Decoder(m.Review)
        self._listings: dict[tuple[str, ...], Select[Any]] = {}  # built once per table and filters given
        c, field = interactions.c, self._field
        # A listing's conditions by the name of the parameter each takes.
        self._conditions: dict[str, dict[str, ColumnElement[bool]]] = {
            "interactions": {
                "ticket_id": c.ticket_id == bindparam("ticket_id"),
                "agent_id": c.agent_id == bindparam("agent_id"),
                "channel": field(interactions, "channel", Text()) == bindparam("channel"),
                "team": field(interactions, "team", Text()) == bindparam("team"),
                "csat_max": field(interactions, "csat", Float()) <= bindparam("csat_max"),
                "escalated": field(interactions, "escalated", Boolean()) == bindparam("escalated", type_=Boolean()),
                "sla_breached": field(interactions, "sla_breached", Boolean())
                == bindparam("sla_breached", type_=Boolean()),
                "min_handle_s": field(interactions, "handle_s", Float()) >= bindparam("min_handle_s"),
                "since": field(interactions, "started_at", Text()) >= bindparam("since"),
                "until": field(interactions, "started_at", Text()) < bindparam("until"),
                "before_id": c.id < bindparam("before_id"),
                "ids": c.id.in_(bindparam("ids", expanding=True)),
            },
            "reviews": {  # every submitted review and the user's own drafts
                "user_id": or_(field(reviews, "status", Text()) == "submitted",
                               reviews.c.reviewer_id == bindparam("user_id")),
                "calibration_id": field(reviews, "calibration_id", Integer()) == bindparam("calibration_id"),
                "interaction_id": reviews.c.interaction_id == bindparam("interaction_id"),
                "reviewer_id": reviews.c.reviewer_id == bindparam("reviewer_id"),
                "before_id": reviews.c.id < bindparam("before_id"),
            },
            "assignments": {
                "reviewer_id": assignments.c.reviewer_id == bindparam("reviewer_id"),
                "before_id": assignments.c.id < bindparam("before_id"),
            },
        }
        self._tables = {"interactions": interactions, "reviews": reviews, "assignments": assignments}

    # ------------------------------------------------------------------ plumbing
    def _field(self, table: Table, key: str, type_: TypeEngine[Any]) -> ColumnElement[Any]:
        """The JSON field ``key`` of ``table``'s document, as ``type_``."""
        if self._sqlite:
            return func.json_extract(cast(table.c.data, Text), f"$.{key}", type_=type_)
        return cast(cast(table.c.data, JSONB)[key].astext, type_)

    def _blobs(self, stmt: Select[Any], conn: Connection | None = None, params: dict[str, Any] | None = None,
               ) -> list[bytes]:
        if conn is not None:
            return list(conn.execute(stmt, params).scalars())
        with self.engine.connect() as own:
            return list(own.execute(stmt, params).scalars())

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction, after every other write of the store: the owner's lock in this process, and
        across processes the file's write lock (SQLite) or an advisory lock (PostgreSQL)."""
        with self.owner.write_lock, self.engine.connect() as conn:
            conn.execution_options(writing=True)
            with conn.begin():
                if not self._sqlite:
                    conn.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))
                yield conn

    def _listing(self, table: str, given: dict[str, object], limit: int) -> bytes:
        """The documents of ``table`` meeting the conditions named by ``given`` (parameters that are None are
        not given), newest first, as a JSON array."""
        params = {k: v for k, v in given.items() if v is not None}
        key = (table, *params)
        stmt = self._listings.get(key)
        if stmt is None:
            t, conditions = self._tables[table], self._conditions[table]
            stmt = self._listings[key] = (select(t.c.data).where(*(conditions[k] for k in params))
                                          .order_by(t.c.id.desc()).limit(bindparam("limit")))
        with self.engine.connect() as conn:
            return _json_array(conn.execute(stmt, {**params, "limit": limit}).scalars())

    @staticmethod
    def _filter(flt: m.InteractionFilter) -> dict[str, object]:
        """The ``interactions`` conditions' parameters for ``flt``."""
        return {"ticket_id": flt.ticket_id, "agent_id": flt.agent_id, "channel": flt.channel, "team": flt.team,
                "csat_max": m.LOW_CSAT if flt.low_csat else None, "escalated": flt.escalated or None,
                "sla_breached": flt.sla_breached or None, "min_handle_s": flt.min_handle_s,
                "since": flt.since and _iso(flt.since), "until": flt.until and _iso(flt.until)}

    # ------------------------------------------------------------------ interactions
    def interactions(self, flt: m.InteractionFilter, limit: int, before_id: int | None = None,
                     ids: list[int] | None = None) -> bytes:
        """Matching interactions, newest first: only ids below ``before_id`` and, given ``ids``, only those."""
        return self._listing("interactions", {**self._filter(flt), "before_id": before_id, "ids": ids}, limit)

    def _interaction(self, interaction_id: int, conn: Connection | None = None) -> m.Interaction | None:
        rows = self._blobs(_ONE_INTERACTION, conn, {"id": interaction_id})
        return msgspec.json.decode(rows[0], type=m.Interaction) if rows else None

    def interaction(self, interaction_id: int) -> m.Interaction:
        item = self._interaction(interaction_id)
        if item is None:
            raise Problem(404, "not_found", f"No interaction {interaction_id}")
        return item

    def recording(self, interaction_id: int) -> bytes:
        """The call's recording from the owner; 404 when the interaction is not a call."""
        item = self.interaction(interaction_id)
        if item.recording_url is None:
            raise Problem(404, "not_found", f"Interaction {item.id} has no recording")
        return self.owner.recording(item)

    def _check_interaction(self, interaction_id: int, conn: Connection) -> m.Interaction:
        item = self._interaction(interaction_id, conn)
        if item is None:
            raise Problem(422, "unknown_interaction", f"No interaction {interaction_id}", field="interaction_id")
        return item

    # ------------------------------------------------------------------ scorecards
    def scorecards(self) -> list[m.Scorecard]:
        """The newest version of every scorecard."""
        v = scorecard_versions.c
        newest = select(v.id, func.max(v.version).label("version")).group_by(v.id).subquery()
        stmt = (select(v.data).join(newest, and_(v.id == newest.c.id, v.version == newest.c.version))
                .order_by(v.id))
        return [msgspec.json.decode(r, type=m.Scorecard) for r in self._blobs(stmt)]

    def scorecard(self, card_id: str, version: int | None = None) -> m.Scorecard | None:
        """One version of a scorecard (the newest when ``version`` is None)."""
        return self._scorecard(card_id, version)

    def _scorecard(self, card_id: str, version: int | None = None, conn: Connection | None = None,
                   ) -> m.Scorecard | None:
        v = scorecard_versions.c
        stmt = select(v.data).where(v.id == card_id)
        stmt = stmt.order_by(v.version.desc()).limit(1) if version is None else stmt.where(v.version == version)
        rows = self._blobs(stmt, conn)
        return msgspec.json.decode(rows[0], type=m.Scorecard) if rows else None

    def save_scorecard(self, req: m.ScorecardInput, card_id: str | None) -> m.Scorecard:
        """Create a scorecard (``card_id`` None) or add a new version of one; old versions stay as they were."""
        ids = [c.id for c in req.categories]
        if len(set(ids)) != len(ids):
            raise Problem(422, "duplicate_category", "Category ids must be unique", field="categories")
        if card_id is not None and req.id != card_id:
            raise Problem(422, "validation_error", "The body's id must match the path", field="id")
        with self._writing() as conn:
            current = self._scorecard(req.id, conn=conn)
            if card_id is None and current is not None:
                raise Problem(409, "exists", f"Scorecard {req.id!r} exists; PUT a new version instead")
            if card_id is not None and current is None:
                raise Problem(404, "not_found", f"No scorecard {card_id!r}")
            card = m.Scorecard(id=req.id, name=req.name, version=current.version + 1 if current else 1,
                               categories=req.categories)
            conn.execute(scorecard_versions.insert().values(id=card.id, version=card.version, data=_ENC.encode(card)))
        return card

    # ------------------------------------------------------------------ shared settings
    def setting(self, name: m.SettingName, conn: Connection | None = None) -> m.SharedSetting | None:
        """The newest version of a shared document; None until one is saved."""
        v = shared_settings.c
        rows = self._blobs(select(v.data).where(v.name == name).order_by(v.version.desc()).limit(1), conn)
        return msgspec.json.decode(rows[0], type=m.SharedSetting) if rows else None

    def save_setting(self, user: m.User, name: m.SettingName, req: m.SharedSettingInput) -> m.SharedSetting:
        """A new version of a shared document, checked for sense first (422 naming the field at fault)."""
        try:
            check_setting(name, req.data)
        except ValueError as exc:
            raise Problem(422, "invalid_setting", str(exc), field="data") from None
        with self._writing() as conn:
            current = self.setting(name, conn)
            saved = m.SharedSetting(name=name, version=current.version + 1 if current else 1, data=req.data,
                                    updated_at=self.owner.now(), updated_by=user.id)
            conn.execute(shared_settings.insert().values(name=name, version=saved.version, data=_ENC.encode(saved)))
        return saved

    # ------------------------------------------------------------------ history
    def add_history(self, cards: Sequence[m.Scorecard], done: Sequence[m.Review],
                    sessions: Sequence[m.Calibration]) -> None:
        """Store scorecards, reviews and calibration sessions made elsewhere (a demo's history, an import) as they
        are, ids and times included, in one transaction; their ids must be new."""
        with self._writing() as conn:
            if cards:
                conn.execute(scorecard_versions.insert(), [{"id": c.id, "version": c.version, "data": _ENC.encode(c)}
                                                           for c in cards])
            if sessions:
                conn.execute(calibrations.insert(), [{"id": s.id, "interaction_id": s.interaction_id,
                                                      "data": _ENC.encode(s)} for s in sessions])
            if done:
                conn.execute(reviews.insert(), [{"id": r.id, "interaction_id": r.interaction_id,
                                                 "reviewer_id": r.reviewer_id, "data": _ENC.encode(r)} for r in done])

    # ------------------------------------------------------------------ reviews
    def reviews(self, user: m.User, interaction_id: int | None, reviewer_id: str | None, limit: int,
                calibration_id: int | None = None, before_id: int | None = None) -> bytes:
        """Reviews, newest first: every submitted one and ``user``'s own drafts (drafts are private)."""
        return self._listing("reviews", {"user_id": user.id, "calibration_id": calibration_id,
                                         "interaction_id": interaction_id, "reviewer_id": reviewer_id,
                                         "before_id": before_id}, limit)

    def _review_fields(self, conn: Connection, req: m.ReviewInput, version: int | None = None,
                       ) -> tuple[m.Scorecard, m.Interaction, float | None]:
        """Validate a review against its scorecard (the newest version, or ``version``: a review keeps its own)."""
        card = self._scorecard(req.scorecard_id, version, conn)
        if card is None:
            raise Problem(422, "unknown_scorecard", f"No scorecard {req.scorecard_id!r}", field="scorecard_id")
        interaction = self._check_interaction(req.interaction_id, conn)
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
        with self._writing() as conn:
            card, interaction, score = self._review_fields(conn, req)
            if req.calibration_id is not None:
                self._check_calibration(conn, user, req.calibration_id, interaction.id)
            rid, now = _next_id(conn, reviews), self.owner.now()
            review = m.Review(id=rid, interaction_id=interaction.id, scorecard_id=card.id,
                              scorecard_version=card.version, reviewer_id=user.id, agent_id=interaction.agent_id,
                              scores=req.scores, comment=req.comment, score=score, status=req.status,
                              created_at=now, updated_at=now, version=1, calibration_id=req.calibration_id)
            conn.execute(reviews.insert().values(id=rid, interaction_id=interaction.id, reviewer_id=user.id,
                                                 data=_ENC.encode(review)))
            self.owner.audit(conn, user.id, interaction.ticket_id, f"review {rid} {req.status}")
        return review

    def update_review(self, user: m.User, review_id: int, version: int, req: m.ReviewInput) -> m.Review:
        """Change a review: a draft by its author only, a submitted one by its author or a supervisor. Who may is
        checked first, so nobody else learns its version or scorecard from a 412 or a 422."""
        with self._writing() as conn:
            old = self._review(conn, review_id, user)
            if old.reviewer_id != user.id and user.role != "supervisor":
                raise Problem(403, "forbidden", "Only the reviewer or a supervisor may change this review")
            if req.scorecard_id != old.scorecard_id:
                raise Problem(422, "validation_error", "A review keeps its scorecard", field="scorecard_id")
            card, interaction, score = self._review_fields(conn, req, old.scorecard_version)
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
                                             status=req.status, updated_at=self.owner.now(), version=old.version + 1)
            conn.execute(reviews.update().where(reviews.c.id == review_id).values(data=_ENC.encode(review)))
            self.owner.audit(conn, user.id, interaction.ticket_id, f"review {review_id} {req.status}")
        return review

    def _review(self, conn: Connection, review_id: int, user: m.User) -> m.Review:
        """A review ``user`` may see: someone else's draft is not found, as if it did not exist."""
        rows = self._blobs(select(reviews.c.data).where(reviews.c.id == review_id), conn)
        review = self._review_dec.decode(rows[0]) if rows else None
        if review is None or (review.status == "draft" and review.reviewer_id != user.id):
            raise Problem(404, "not_found", f"No review {review_id}")
        return review

    def _store_review(self, conn: Connection, user: m.User, review: m.Review, what: str) -> m.Review:
        review = msgspec.structs.replace(review, updated_at=self.owner.now(), version=review.version + 1)
        conn.execute(reviews.update().where(reviews.c.id == review.id).values(data=_ENC.encode(review)))
        ticket_id = conn.execute(select(interactions.c.ticket_id)
                                 .where(interactions.c.id == review.interaction_id)).scalar()
        self.owner.audit(conn, user.id, ticket_id, f"review {review.id} {what}")
        return review

    def open_dispute(self, user: m.User, review_id: int, req: m.DisputeRequest) -> m.Review:
        """A team lead (or supervisor) disputes a submitted review of someone else's."""
        if not req.comment.strip():
            raise Problem(422, "validation_error", "A dispute needs a comment", field="comment")
        with self._writing() as conn:
            review = self._review(conn, review_id, user)
            if review.reviewer_id == user.id:
                raise Problem(403, "own_review", "Nobody disputes a review they wrote")
            if review.status != "submitted":
                raise Problem(409, "not_submitted", "Only a submitted review can be disputed")
            if review.dispute is not None and review.dispute.status == "open":
                raise Problem(409, "already_disputed", f"Review {review_id} already has an open dispute")
            dispute = m.Dispute(opened_by=user.id, opened_at=self.owner.now(), comment=req.comment)
            return self._store_review(conn, user, msgspec.structs.replace(review, dispute=dispute), "disputed")

    def resolve_dispute(self, user: m.User, review_id: int, req: m.DisputeResolution) -> m.Review:
        """Another reviewer or a supervisor accepts or rejects the open dispute: never the review's reviewer nor
        whoever opened the dispute (separation of duties)."""
        with self._writing() as conn:
            review = self._review(conn, review_id, user)
            if review.dispute is None or review.dispute.status != "open":
                raise Problem(409, "no_open_dispute", f"Review {review_id} has no open dispute")
            if user.id in (review.reviewer_id, review.dispute.opened_by):
                raise Problem(403, "own_review", "A dispute is answered by someone other than the review's "
                              "reviewer and whoever opened it")
            dispute = msgspec.structs.replace(
                review.dispute, status="accepted" if req.accept else "rejected", resolved_by=user.id,
                resolved_at=self.owner.now(), resolution=req.comment)
            return self._store_review(conn, user, msgspec.structs.replace(review, dispute=dispute),
                                      f"dispute {dispute.status}")

    # ------------------------------------------------------------------ calibration
    def create_calibration(self, user: m.User, req: m.CalibrationInput) -> m.Calibration:
        with self._writing() as conn:
            card = self._scorecard(req.scorecard_id, conn=conn)
            if card is None:
                raise Problem(422, "unknown_scorecard", f"No scorecard {req.scorecard_id!r}", field="scorecard_id")
            self._check_interaction(req.interaction_id, conn)
            for i, rid in enumerate(req.reviewer_ids):
                self._check_reviewer(rid, f"reviewer_ids[{i}]")
            cid = _next_id(conn, calibrations)
            cal = m.Calibration(id=cid, interaction_id=req.interaction_id, scorecard_id=card.id,
                                scorecard_version=card.version, reviewer_ids=sorted(set(req.reviewer_ids)),
                                created_by=user.id, created_at=self.owner.now())
            conn.execute(calibrations.insert().values(id=cid, interaction_id=cal.interaction_id,
                                                      data=_ENC.encode(cal)))
        return cal

    def _calibration(self, calibration_id: int, conn: Connection | None = None) -> m.Calibration:
        rows = self._blobs(select(calibrations.c.data).where(calibrations.c.id == calibration_id), conn)
        if not rows:
            raise Problem(404, "not_found", f"No calibration session {calibration_id}")
        return msgspec.json.decode(rows[0], type=m.Calibration)

    def calibration(self, calibration_id: int) -> m.Calibration:
        return self._calibration(calibration_id)

    def calibrations(self, limit: int) -> bytes:
        c = calibrations.c
        return _json_array(self._blobs(select(c.data).order_by(c.id.desc()).limit(limit)))

    def set_agreed(self, calibration_id: int, req: m.AgreedScores) -> m.Calibration:
        with self._writing() as conn:
            cal = self._calibration(calibration_id, conn)
            card = self._scorecard(cal.scorecard_id, cal.scorecard_version, conn)
            assert card is not None
            try:
                score = review_score(card, req.scores)
            except ValueError as exc:
                raise Problem(422, "validation_error", str(exc), field="scores") from None
            cal = msgspec.structs.replace(cal, agreed=req.scores, agreed_score=score)
            conn.execute(calibrations.update().where(calibrations.c.id == cal.id).values(data=_ENC.encode(cal)))
        return cal

    def _check_calibration(self, conn: Connection, user: m.User, calibration_id: int, interaction_id: int) -> None:
        """A review in a calibration session: the session's interaction, by one of its reviewers."""
        cal = self._calibration(calibration_id, conn)
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
        c, params = interactions.c, {k: v for k, v in self._filter(flt).items() if v is not None}
        conditions = self._conditions["interactions"]
        stmt = select(c.id, c.agent_id).where(*(conditions[k] for k in params), c.agent_id.is_not(None)).order_by(c.id)
        by_agent: dict[str, list[int]] = {}
        with self.engine.connect() as conn:
            for iid, agent in conn.execute(stmt, params):
                by_agent.setdefault(agent, []).append(iid)
        rng = random.Random(req.seed)
        picked = [iid for agent in sorted(by_agent)
                  for iid in sorted(rng.sample(by_agent[agent], min(req.per_agent, len(by_agent[agent]))))]
        out: list[m.Assignment] = []
        with self._writing() as conn:
            next_id, now = _next_id(conn, assignments), self.owner.now()
            taken = set(conn.execute(select(assignments.c.interaction_id)
                                     .where(assignments.c.reviewer_id == req.reviewer_id)).scalars())
            for iid in picked:
                if iid not in taken:
                    out.append(m.Assignment(id=next_id + len(out), interaction_id=iid, reviewer_id=req.reviewer_id,
                                            assigned_by=user.id, assigned_at=now, source="sample"))
            if out:
                conn.execute(assignments.insert(), [{"id": a.id, "interaction_id": a.interaction_id,
                                                     "reviewer_id": a.reviewer_id, "data": _ENC.encode(a)}
                                                    for a in out])
        return out

    def assign(self, user: m.User, req: m.AssignmentInput) -> m.Assignment:
        """Put one interaction in a reviewer's queue (supervisors)."""
        self._check_reviewer(req.reviewer_id)
        with self._writing() as conn:
            self._check_interaction(req.interaction_id, conn)
            c = assignments.c
            if conn.execute(select(c.id).where(c.interaction_id == req.interaction_id,
                                               c.reviewer_id == req.reviewer_id)).first():
                raise Problem(409, "already_assigned",
                              f"Interaction {req.interaction_id} is already in {req.reviewer_id}'s queue")
            a = m.Assignment(id=_next_id(conn, assignments), interaction_id=req.interaction_id,
                             reviewer_id=req.reviewer_id, assigned_by=user.id, assigned_at=self.owner.now(),
                             source="manual")
            conn.execute(assignments.insert().values(id=a.id, interaction_id=a.interaction_id,
                                                     reviewer_id=a.reviewer_id, data=_ENC.encode(a)))
        return a

    def _check_reviewer(self, reviewer_id: str, field: str = "reviewer_id") -> None:
        if not self.owner.is_reviewer(reviewer_id):
            raise Problem(422, "unknown_reviewer", f"No reviewer {reviewer_id!r}", field=field)

    def assignments(self, reviewer_id: str | None, limit: int, before_id: int | None = None) -> bytes:
        return self._listing("assignments", {"reviewer_id": reviewer_id or None, "before_id": before_id}, limit)
