"""Staffing now: Erlang C agents needed per queue to reach its service-level target (no Qt).

Traffic ``A = λ · AHT`` erlangs with ``N`` agents. Erlang B by the stable recursion
``B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))``; then Erlang C, the chance a contact waits,
``C(N, A) = N·B / (N - A·(1 - B))`` for ``N > A`` (1 otherwise), and the service level, the share
answered within ``T`` seconds, ``SL = 1 - C(N, A) · e^{-(N - A)·T / AHT}``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from api_client.models import Agent, Queue

WORKING_STATES = frozenset({"available", "busy", "after_call_work"})
MAX_AGENTS = 100_000


def erlang_b(n: int, a: float) -> float:
    """Blocking probability with ``n`` servers and ``a`` erlangs (recursion, no factorials)."""
    b = 1.0
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return b


def _c_from_b(n: int, a: float, b: float) -> float:
    if n <= a:
        return 1.0
    return n * b / (n - a * (1.0 - b))


def erlang_c(n: int, a: float) -> float:
    """Probability that a contact waits, ``n`` agents, ``a`` erlangs (1 when ``n <= a``: the queue grows)."""
    return _c_from_b(n, a, erlang_b(n, a))


def _sl(n: int, a: float, c: float, aht_s: float, target_s: float) -> float:
    if n <= a:
        return 0.0
    return max(0.0, 1.0 - c * math.exp(-(n - a) * target_s / aht_s))


def service_level(n: int, a: float, aht_s: float, target_s: float) -> float:
    """Share of contacts answered within ``target_s`` seconds: ``1 - C(N, A)·e^{-(N-A)·T/AHT}``."""
    return _sl(n, a, erlang_c(n, a), aht_s, target_s)


def agents_needed(rate_per_s: float, aht_s: float, sl_target: float, target_s: float) -> int:
    """Fewest agents whose Erlang C service level reaches ``sl_target`` (0..1); 0 when there is no traffic."""
    a = rate_per_s * aht_s
    if a <= 0:
        return 0
    b = 1.0
    for n in range(1, MAX_AGENTS + 1):
        b = a * b / (n + a * b)  # B(n) from B(n-1): each step is O(1)
        if n > a and _sl(n, a, _c_from_b(n, a, b), aht_s, target_s) >= sl_target:
            return n
    return MAX_AGENTS


@dataclass(frozen=True)
class QueueStaffing:
    """One queue now: agents Erlang C asks for against agents working it."""

    queue_id: str
    name: str
    rate_per_h: float
    aht_s: float | None
    needed: int | None  # None: no handle time measured yet
    working: int
    sl_target: float  # 0..1
    threshold_s: int

    @property
    def gap(self) -> int:
        """Agents short (positive) or spare (negative); 0 when unknown."""
        return 0 if self.needed is None else self.needed - self.working


def staffing(queue: Queue, arrivals: int, window_s: float, aht_s: float | None,
             agents: list[Agent]) -> QueueStaffing:
    """Staffing for ``queue`` from ``arrivals`` in the last ``window_s`` and its measured AHT."""
    rate = arrivals / window_s if window_s > 0 else 0.0
    target = queue.service_level.percent / 100.0
    working = sum(1 for a in agents if a.state in WORKING_STATES and queue.skill in a.skills)
    needed = agents_needed(rate, aht_s, target, queue.service_level.threshold_s) if aht_s else None
    return QueueStaffing(queue.id, queue.name, rate * 3600, aht_s, needed, working, target,
                         queue.service_level.threshold_s)
