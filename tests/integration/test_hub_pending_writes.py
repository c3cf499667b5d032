"""Pending writes on PostgreSQL when their sender loses the database, not its life: neither lost nor held for ever.

Two stores on one database stand for two replicas; the database is cut from the sender for real (connections
refused and dropped), and the leases lapse in real time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import msgspec
import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from api_client import models as m
from apiserver.db import connect
from apiserver.http.backend import AuditFilter
from hub.db import migrate
from hub.store import IN_FLIGHT_S, WRITE_LEASE_S, Store
from tests.helpers.postgres import PgCluster, pg_cluster  # noqa: F401 - the fixture


@pytest.fixture
def replicas(pg_cluster: PgCluster) -> Iterator[tuple[str, Store, Store]]:
    """A new database and two stores on it, standing for two replicas."""
    url = pg_cluster.new_database()
    engines = [connect(url), connect(url)]
    migrate(engines[0])
    try:
        yield url, Store(engines[0]), Store(engines[1])
    finally:
        for engine in engines:
            engine.dispose()


def assignment(ticket_id: int) -> m.AuditEntry:
    return m.AuditEntry(id=0, at=datetime.now(UTC), actor_id="lead", action="assign", ticket_id=ticket_id,
                        from_assignee=None, to_assignee="a1", reason="peak")


def allow_connections(cluster: PgCluster, url: str, allow: bool) -> None:
    """Let the database take connections again, or refuse new ones and drop those it has."""
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=hub dbname=postgres", autocommit=True) as c:
        c.execute(f"ALTER DATABASE {dbname} ALLOW_CONNECTIONS {'true' if allow else 'false'}")
        if not allow:
            c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (dbname,))


def pending(cluster: PgCluster, url: str) -> list[tuple[int, str]]:
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=hub dbname={dbname}") as c:
        return [(int(i), str(o)) for i, o in c.execute("SELECT id, owner FROM pending_writes ORDER BY id")]


def move_back(cluster: PgCluster, url: str, pid: int, seconds: float) -> None:
    """Time passes for one pending write: it was noted ``seconds`` earlier than it was."""
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=hub dbname={dbname}") as c:
        c.execute("UPDATE pending_writes SET settle_after = settle_after - %s WHERE id = %s", (seconds, pid))


@pytest.mark.timeout(90)
def test_a_sender_cut_from_the_database_keeps_its_write_and_one_it_could_not_record_is_settled(
        pg_cluster: PgCluster, replicas: tuple[str, Store, Store]) -> None:
    url, a, b = replicas
    audited = assignment(1)
    with a.writing([(3, audited)]) as (sent,):
        # A second write is answered upstream, but A cannot record the outcome: its database is gone.
        with a.writing([(5, assignment(2))]) as (unrecorded,):
            allow_connections(pg_cluster, url, False)
            try:
                with pytest.raises(OperationalError):
                    a.record(settled={unrecorded: assignment(2)})
            finally:
                allow_connections(pg_cluster, url, True)
        assert a.renew_writes() == 1, "A holds only the write it is still sending"
        assert b.claim_pending() is None, "held: nobody else settles it"
        move_back(pg_cluster, url, unrecorded, IN_FLIGHT_S)  # the unrecorded one is long out of flight
        time.sleep(WRITE_LEASE_S + 1)  # A cannot renew (its database is cut), so its leases lapse

        # B claims the write A is still sending; the upstream does not show it yet, so B gives it back to A.
        claimed = b.claim_pending()
        assert claimed is not None
        assert (claimed.id, claimed.owner) == (sent, a.replica)
        assert b.defer_pending(claimed), "still in flight: not settled as not taken"
        # A settles its own unrecorded write, as any replica would: nobody holds it for ever.
        left = a.claim_pending()
        assert left is not None
        assert (left.id, left.owner) == (unrecorded, a.replica)
        assert not a.defer_pending(left), "out of flight: settled now"
        assert a.record(settled={left.id: None}) == []
        assert b.claim_pending() is None, "given back until it can no longer be in flight"
        assert pending(pg_cluster, url) == [(sent, a.replica)]

        # A's database returns and its call lands: A holds its write again and records the outcome itself.
        assert a.renew_writes() == 1
        written = a.record(settled={sent: audited})
    assert [(e.ticket_id, e.reason) for e in written] == [(1, "peak")]
    assert pending(pg_cluster, url) == []
    audit = msgspec.json.decode(b.audit(AuditFilter(), 100), type=list[m.AuditEntry])
    assert [(e.ticket_id, e.reason) for e in audit] == [(1, "peak")], "audited once, by its sender"
