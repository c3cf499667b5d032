"""QA on the hub: the shared QA store (:mod:`apiserver.qa_store`) on the hub's database, owned by the hub.

The owner (:func:`open_store`): the hub's clock (the helpdesk's), reviewers are the hub's users with a reviewing
role (the simulator's rule, :data:`apiserver.qa_store.REVIEWER_ROLES`), each write's audit entry goes in the hub's
audit table naming the console user, and a call's recording is fetched from the helpdesk when asked for.
Interactions are imported from the helpdesk by :mod:`hub.interactions`.

With ``serve --mirror-reviews``, a review submitted on the hub is also written on the helpdesk (an internal note
on the ticket through the backend's ``save_review``; a review on a native upstream) by :class:`Mirror`, on a
thread of its own: the console's request never waits for the helpdesk. Each review is queued in the database
(``review_mirrors``) when first submitted, sent once, retried with backoff while the helpdesk cannot take it;
one the helpdesk refuses, or that failed MAX_ATTEMPTS times, is given up and counted.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterator

import msgspec
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import ColumnElement, Connection, Engine, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from api_client import errors as e
from api_client import models as m
from api_client.backend import Backend
from api_client.qa import SCORECARD
from apiserver.problems import Problem
from apiserver.qa_store import REVIEWER_ROLES, Owner, SqlQaStore, reviews
from hub import schema as s
from hub.centre import Upstream, problem
from hub.store import Store

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8  # tries of one review before the mirror gives it up
BACKOFF_S = (5.0, 600.0)  # first wait after a failure, longest wait
LEASE_S = 300.0  # a review being sent is not taken by another replica for this long
REFUSED = (e.Forbidden, e.NotFound, e.InvalidRequest, e.NotAvailable, e.Conflict, e.TooLarge)  # not retried
_REVIEW = msgspec.json.Decoder(m.Review)


def open_store(store: Store, reader: Backend, mirror: Mirror | None = None) -> HubQaStore:
    """The QA store on the hub's database; ``reader`` is the backend recordings are fetched through. A new
    database gets the default scorecard (:data:`api_client.qa.SCORECARD`, the one the helpdesks' notes use)."""

    def is_reviewer(user_id: str) -> bool:
        with store.engine.connect() as c:
            return c.execute(select(s.users.c.id).where(s.users.c.id == user_id,
                                                        s.users.c.role.in_(REVIEWER_ROLES))).first() is not None

    def audit(conn: Connection, actor_id: str, ticket_id: int | None, reason: str) -> None:
        store.audit_on(conn, m.AuditEntry(id=0, at=store.server_time(), actor_id=actor_id, action="review",
                                          ticket_id=ticket_id, reason=reason))

    def recording(item: m.Interaction) -> bytes:
        try:
            return reader.recording(item.id)
        except e.NotAvailable as exc:
            raise Problem(404, "not_found", f"The helpdesk has no recording of interaction {item.id}: "
                          f"{exc.message}") from None
        except e.ApiError as exc:
            raise problem(exc) from None

    qa = HubQaStore(store.engine, Owner(now=store.server_time, is_reviewer=is_reviewer, recording=recording,
                                        audit=audit, write_lock=store.lock), mirror)
    if not qa.scorecards():
        qa.add_history([SCORECARD], [], [])
    return qa


class HubQaStore(SqlQaStore):
    """The shared store, and a submitted review handed to the mirror (when there is one)."""

    def __init__(self, engine: Engine, owner: Owner, mirror: Mirror | None) -> None:
        super().__init__(engine, owner)
        self.mirror = mirror

    def create_review(self, user: m.User, req: m.ReviewInput) -> m.Review:
        return self._submitted(super().create_review(user, req))

    def update_review(self, user: m.User, review_id: int, version: int, req: m.ReviewInput) -> m.Review:
        return self._submitted(super().update_review(user, review_id, version, req))

    def _submitted(self, review: m.Review) -> m.Review:
        if self.mirror is not None and review.status == "submitted" and review.calibration_id is None:
            self.mirror.add(review.id)
        return review


class Mirror:
    """Writes submitted reviews on the helpdesk through ``upstream`` (see the module's docstring)."""

    def __init__(self, store: Store, upstream: Upstream, poll_s: float = 5.0) -> None:
        self.store = store
        self.upstream = upstream
        self.poll_s = poll_s
        self.sent = 0
        self.failed = 0  # given up: refused by the helpdesk, or MAX_ATTEMPTS failures
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-review-mirror", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(10)

    def add(self, review_id: int) -> None:
        """Queue a review (once: a review submitted before is not queued again)."""
        dialect = postgresql if self.store.engine.dialect.name == "postgresql" else sqlite
        try:
            with self.store.engine.execution_options(writing=True).begin() as c:
                c.execute(dialect.insert(s.review_mirrors).values(review_id=review_id, attempts=0,
                                                                  next_at=time.time())
                          .on_conflict_do_nothing(index_elements=["review_id"]))
        except SQLAlchemyError as exc:  # the review is saved; only its note is lost
            self.failed += 1
            log.error("review %d not queued for the helpdesk: %s", review_id, type(exc).__name__)
            return
        self._wake.set()

    def waiting(self) -> int:
        """Reviews queued and not yet written or given up."""
        with self.store.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(s.review_mirrors)
                                 .where(s.review_mirrors.c.next_at.is_not(None))).scalar_one())

    def collector(self) -> Collector:
        """Prometheus metrics of the mirror, for the hub's registry."""
        return _MirrorMetrics(self)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                while self.send_due():
                    pass
            except SQLAlchemyError as exc:
                log.warning("review mirror: the hub's database failed (%s); trying again", type(exc).__name__)
            self._wake.wait(self.poll_s)
            self._wake.clear()

    def send_due(self) -> bool:
        """Send the oldest review whose turn it is; False when none is due."""
        r = s.review_mirrors.c
        now = time.time()
        with self.store.engine.connect() as c:
            due = c.execute(select(r.review_id, r.attempts, r.next_at).where(r.next_at <= now)
                            .order_by(r.next_at).limit(1)).first()
        if due is None or self._stop.is_set():
            return False
        review_id, attempts, next_at = due
        if not self._settle(review_id, r.next_at == next_at, next_at=now + LEASE_S):
            return True  # another replica took it
        with self.store.engine.connect() as c:
            data = c.execute(select(reviews.c.data).where(reviews.c.id == review_id)).scalar()
        if data is None:
            self._settle(review_id, next_at=None, error="the review is gone")
            return True
        review = _REVIEW.decode(data)
        note = m.ReviewInput(interaction_id=review.interaction_id, scorecard_id=review.scorecard_id,
                             scores=review.scores, status="submitted",
                             comment=f"{review.comment}\n(review {review.id} by {review.reviewer_id} on the hub)"
                             .strip()[:2000])
        try:
            with self.upstream.turn() as backend:
                backend.save_review(note)
        except e.ApiError as exc:
            attempts += 1
            given_up = isinstance(exc, REFUSED) or attempts >= MAX_ATTEMPTS
            wait = min(BACKOFF_S[1], BACKOFF_S[0] * 2 ** (attempts - 1))
            self._settle(review_id, attempts=attempts, next_at=None if given_up else time.time() + wait,
                         error=f"{type(exc).__name__}: {exc.message}"[:500])
            if given_up:
                self.failed += 1
                log.error("review %d not written on the helpdesk after %d tries: %s", review_id, attempts,
                          type(exc).__name__)
            else:
                log.warning("review %d not written on the helpdesk yet (%s); again in %.0f s", review_id,
                            type(exc).__name__, wait)
            return True
        self._settle(review_id, attempts=attempts + 1, next_at=None, error=None)
        self.sent += 1
        return True

    def _settle(self, review_id: int, *where: ColumnElement[bool], **values: object) -> bool:
        """Update the review's row (where ``where`` holds too); whether it did."""
        with self.store.engine.execution_options(writing=True).begin() as c:
            stmt = update(s.review_mirrors).where(s.review_mirrors.c.review_id == review_id, *where)
            return bool(c.execute(stmt.values(**values)).rowcount)


class _MirrorMetrics(Collector):
    def __init__(self, mirror: Mirror) -> None:
        self.mirror = mirror

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        yield CounterMetricFamily("hub_review_mirror_failures", "Reviews the hub gave up writing on the helpdesk",
                                  value=self.mirror.failed)
        yield CounterMetricFamily("hub_review_mirror_sent", "Reviews the hub wrote on the helpdesk",
                                  value=self.mirror.sent)
        try:
            waiting: float = self.mirror.waiting()
        except SQLAlchemyError:
            waiting = math.nan
        yield GaugeMetricFamily("hub_review_mirror_queue", "Submitted reviews waiting to be written on the helpdesk",
                                value=waiting)
