"""A call budget: at most ``calls`` requests in any ``per`` seconds, shared by every call of one backend.

Helpdesks that count requests per account (Udesk: 60 a minute for any API) answer 429 past their limit, and
the calls that hit it are lost time for everyone on the account. :class:`Budget` keeps the send time of each
of the last ``calls`` requests and makes the next one wait until the oldest is ``per`` seconds old, so no
window of ``per`` seconds (sliding or on the clock's minute) ever holds more than ``calls`` of them. A 429 the
server sends anyway (other clients on the account spend the same budget) empties it for the time the server
asks. :meth:`Budget.state` says whether a call is waiting and until when, for the console to show.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

import msgspec

MARGIN = 1.05  # a window a little longer than the server's: requests sent in order may arrive out of it


class BudgetState(msgspec.Struct, frozen=True, kw_only=True):
    """What the budget allows now: ``left`` calls without waiting, ``waiting`` callers, ``wait_s`` until the
    first of them may go, and ``waited_s`` in all since the backend was made."""

    calls: int
    per_s: float
    left: int
    waiting: int
    wait_s: float
    waited_s: float


class Budget:
    """At most ``calls`` calls in any ``per_s`` seconds (thread-safe); :meth:`take` before each call."""

    def __init__(self, calls: int, per_s: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if calls < 1 or per_s <= 0:
            raise ValueError("a budget needs at least one call in a positive time")
        self.calls = calls
        self.per_s = per_s * MARGIN
        self._clock = clock
        self._sent: deque[float] = deque()  # send times of the last ``calls`` calls, oldest first
        self._blocked_until = 0.0  # after a 429: no call before this
        self._waiting = 0
        self._waited = 0.0
        self._lock = threading.Condition()

    def _next_at(self, now: float) -> float:
        while self._sent and self._sent[0] <= now - self.per_s:
            self._sent.popleft()
        free = self._sent[0] + self.per_s if len(self._sent) >= self.calls else now
        return max(free, self._blocked_until)

    def take(self, stop: threading.Event | None = None) -> float:
        """Wait until a call is allowed, count it as sent, and return the seconds waited. ``stop`` (set by the
        backend's close) ends the wait with InterruptedError and nothing counted."""
        started = self._clock()
        with self._lock:
            self._waiting += 1
            try:
                while True:
                    now = self._clock()
                    at = self._next_at(now)
                    if at <= now:
                        break
                    if stop is not None and stop.is_set():
                        raise InterruptedError("the backend was closed while waiting on the call budget")
                    self._lock.wait(min(at - now, 0.25))  # short slices: stop and a 429 are seen quickly
                self._sent.append(now)
                waited = now - started
                self._waited += waited
                return waited
            finally:
                self._waiting -= 1

    def refused(self, retry_after_s: float | None) -> None:
        """The server answered 429: no call for ``retry_after_s`` (a whole window when it did not say)."""
        with self._lock:
            until = self._clock() + (self.per_s if retry_after_s is None else retry_after_s)
            self._blocked_until = max(self._blocked_until, until)
            self._lock.notify_all()

    def state(self) -> BudgetState:
        with self._lock:
            now = self._clock()
            at = self._next_at(now)
            return BudgetState(calls=self.calls, per_s=self.per_s, left=0 if at > now else self.calls - len(self._sent),
                               waiting=self._waiting, wait_s=max(0.0, at - now) if self._waiting else 0.0,
                               waited_s=self._waited)
