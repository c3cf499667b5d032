"""How a replica learns of what the others logged: PostgreSQL LISTEN/NOTIFY on a connection of its own.

Every appending transaction notifies the log's new head on commit (:data:`hub.store.NOTIFY_CHANNEL`); on each
notification the replica reads the head (and the upstream's cursor and clock) from the database, which wakes its
consoles' streams. A notification is only a wake-up: after a reconnect (notifications sent meanwhile are lost) the
replica reads the same way, so it catches up from the log by cursor. On :data:`hub.store.WAKE_CHANNEL` a replica
that took the upstream's webhook asks whichever replica leads to poll now.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.exc import SQLAlchemyError

from hub.db import application_name
from hub.store import NOTIFY_CHANNEL, WAKE_CHANNEL, Store

log = logging.getLogger(__name__)
RETRY_S = 1.0  # between attempts to reconnect
POLL_S = 1.0  # how often the listening thread looks at its stop flag


class Listener:
    """Listens on a dedicated connection (``dsn``, for psycopg) until :meth:`stop`; ``connected`` says whether it
    listens now. ``on_wake`` is called for each wake-up another replica sent."""

    def __init__(self, store: Store, dsn: str, on_wake: Callable[[], None] = lambda: None) -> None:
        self.store = store
        self.on_wake = on_wake
        self.dsn = dsn
        self.connected = False
        self.reconnects = 0  # times the connection was lost and listening began again
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(POLL_S + 5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True, connect_timeout=5,
                                     application_name=application_name("listen")) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    conn.execute(f"LISTEN {WAKE_CHANNEL}")
                    self._catch_up()  # what was logged while this replica did not listen
                    self.connected = True
                    log.info("listening for the log's new changes")
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=POLL_S, stop_after=1):
                            if note.channel == WAKE_CHANNEL:
                                self.on_wake()
                            else:
                                self._catch_up()
            except psycopg.Error as exc:
                if self.connected:
                    self.reconnects += 1
                    log.warning("lost the database's notifications (%s); reconnecting", type(exc).__name__)
            self.connected = False
            self._stop.wait(RETRY_S)

    def _catch_up(self) -> None:
        try:
            self.store.refresh()
        except SQLAlchemyError as exc:  # the pool's connections went with the listener's: reconnect both
            raise psycopg.OperationalError(f"cannot read the log's head: {type(exc).__name__}") from None
