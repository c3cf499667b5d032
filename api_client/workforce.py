"""Workforce planning per channel, shared by the console and the simulator's rota (pure functions, no state).

- Phone: Erlang C (M/M/N) on handle time plus after-call work; Erlang A (M/M/N+M, exponential patience)
  where abandonment is material.
- Chat: Erlang C over chat slots, ``N`` agents each holding ``k`` chats (M/M/(N·k), approximate: a chat's
  handle time is taken as measured, at the concurrency agents work at).
- Email, social, app: workload, ``volume x AHT / (interval x target occupancy)``, plus the waiting backlog
  answered within the channel's own first-reply target.

Erlang B by the stable recursion ``B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))``; Erlang C
``C(N, A) = N·B / (N - A·(1 - B))`` for ``N > A`` (1 otherwise); service level
``SL = 1 - C(N, A) · e^{-(N - A)·T / AHT}``. Erlang A is computed exactly: the stationary birth-death chain,
then, for a customer who arrives behind ``k - 1`` others, the chance to be served within ``T`` (uniformisation
of the chain of their position).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_AGENTS = 100_000
TARGET_OCCUPANCY = 0.85  # workload channels: share of an agent's time on tickets (the rest: reading, notes, moving)
ABANDONMENT_MATERIAL = 0.03  # Erlang A for phone when more than this share of callers abandon
LIVE = frozenset({"phone", "chat"})
_TAIL = 1e-12


def erlang_b(n: int, a: float) -> float:
    """Blocking probability with ``n`` servers and ``a`` erlangs (recursion, no factorials)."""
    b = 1.0
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return b


def _c_from_b(n: int, a: float, b: float) -> float:
    return 1.0 if n <= a else n * b / (n - a * (1.0 - b))


def erlang_c(n: int, a: float) -> float:
    """Probability that a contact waits, ``n`` agents, ``a`` erlangs (1 when ``n <= a``: the queue grows)."""
    return _c_from_b(n, a, erlang_b(n, a))


def _sl(n: int, a: float, c: float, aht_s: float, target_s: float) -> float:
    return 0.0 if n <= a else max(0.0, 1.0 - c * math.exp(-(n - a) * target_s / aht_s))


def service_level(n: int, a: float, aht_s: float, target_s: float) -> float:
    """Erlang C share answered within ``target_s``: ``1 - C(N, A)·e^{-(N-A)·T/AHT}``."""
    return _sl(n, a, erlang_c(n, a), aht_s, target_s)


def agents_erlang_c(rate_per_s: float, aht_s: float, sl_target: float, target_s: float) -> int:
    """Fewest agents whose Erlang C service level reaches ``sl_target`` (0..1); 0 without traffic."""
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
class ErlangA:
    """M/M/N+M at steady state: every offered contact is answered or abandons."""

    p_wait: float  # an arriving contact finds all agents busy
    service_level: float  # answered within the threshold, over all offered
    abandonment: float  # abandons, over all offered


def erlang_a(n: int, rate_per_s: float, aht_s: float, patience_s: float, target_s: float) -> ErlangA:
    """Erlang A with ``n`` agents, mean patience ``patience_s`` (exponential), threshold ``target_s``."""
    lam, mu, theta = rate_per_s, 1.0 / aht_s, 1.0 / patience_s
    if lam <= 0:
        return ErlangA(0.0, 1.0, 0.0)
    # Stationary probabilities relative to state n: the states below sum to 1/B(n, A) - 1 (Erlang B, no
    # overflow); above, each waiting contact multiplies by λ / (nμ + iθ) until the tail is negligible.
    below = 1.0 / erlang_b(n, lam / mu) - 1.0
    queued: list[float] = []
    q = 1.0
    while q > _TAIL * (1.0 + below) and len(queued) < 1_000_000:
        q *= lam / (n * mu + (len(queued) + 1) * theta)
        queued.append(q)
    total = below + 1.0 + sum(queued)
    # An arrival finding state n + i - 1 waits at queue position i (PASTA).
    positions = np.array([1.0, *queued[:-1]]) / total
    served_in_t = _served_within(positions, n * mu, theta, target_s)
    mean_queue = sum(i * x for i, x in enumerate(queued, start=1)) / total
    return ErlangA(1.0 - below / total, below / total + served_in_t, min(1.0, theta * mean_queue / lam))


def _served_within(start: np.ndarray, service_rate: float, theta: float, t: float) -> float:
    """Chance that a waiting contact (mass ``start[k-1]`` at queue position k) is answered within ``t``.

    Its position drops at ``service_rate + (k - 1)·θ``; from position 1 the next completion answers it; it
    abandons at ``θ``. Uniformisation: the jump chain at the fastest total rate ``Λ``, weighted by Poisson(Λt).
    """
    top = len(start)
    lam_u = service_rate + top * theta
    if top == 0 or t <= 0 or lam_u <= 0:
        return 0.0
    down = (service_rate + np.arange(top) * theta) / lam_u
    stay = 1.0 - down - theta / lam_u
    lt = lam_u * t
    mass = start.astype(float)
    served = result = 0.0  # floats: numpy scalars are turned into Python ones below
    for m in range(int(lt + 12 * math.sqrt(lt) + 30) + 1):
        result += math.exp(-lt + m * math.log(lt) - math.lgamma(m + 1)) * served  # P(N(t) = m)·P(served in m)
        served += float(mass[0] * down[0])
        moved = mass * stay
        moved[:-1] += mass[1:] * down[1:]
        mass = moved
    return result


def agents_erlang_a(rate_per_s: float, aht_s: float, patience_s: float, sl_target: float, target_s: float) -> int:
    """Fewest agents whose Erlang A service level reaches ``sl_target`` (binary search: SL grows with agents)."""
    if rate_per_s * aht_s <= 0:
        return 0
    high = max(1, agents_erlang_c(rate_per_s, aht_s, sl_target, target_s))  # abandonment only helps
    low = 0  # SL(low) < target (0 agents answer nobody)
    while high - low > 1:
        mid = (low + high) // 2
        if erlang_a(mid, rate_per_s, aht_s, patience_s, target_s).service_level >= sl_target:
            high = mid
        else:
            low = mid
    return high


def workload_agents(rate_per_s: float, aht_s: float, occupancy: float = TARGET_OCCUPANCY,
                    backlog: int = 0, reply_target_s: float | None = None) -> int:
    """Agents for deferrable work: arrivals ``rate x AHT / occupancy``, plus a ``backlog`` of waiting tickets
    cleared within ``reply_target_s`` (their first-reply target)."""
    work = rate_per_s * aht_s
    if backlog and reply_target_s:
        work += backlog * aht_s / reply_target_s
    return math.ceil(work / occupancy - 1e-9) if work > 0 else 0


@dataclass(frozen=True)
class Demand:
    """What one channel of one queue asks of agents: the forecast or measured volume and its targets."""

    channel: str
    rate_per_s: float
    aht_s: float  # handle time, without after-contact work
    sl_target: float  # 0..1: live channels' service level; ticket channels' share of replies in target
    threshold_s: float  # live: answer within; tickets: first reply within
    acw_s: float = 0.0  # after-contact work per contact
    patience_s: float | None = None  # mean patience of waiting live contacts, when measured
    abandonment: float | None = None  # share of live contacts abandoning, when measured
    concurrency: float = 1.0  # chats, or tickets of a deferred channel, an agent holds at once
    backlog: int = 0  # ticket channels: waiting tickets


@dataclass(frozen=True)
class Need:
    """Agents one channel needs, and how that was computed."""

    channel: str
    agents: int
    method: str  # "erlang_c", "erlang_a", "erlang_c_concurrency" or "workload"
    erlangs: float  # workload in agent-hours per hour (chat: per agent, after concurrency)


def agents_for(d: Demand) -> Need:
    """The agents channel ``d`` needs: phone by Erlang C (A when abandonment is material), chat by Erlang C
    over slots of the agents' concurrency, ticket channels by workload against their reply target, the tickets an
    agent holds at once sharing their time (a measured handle time runs from assignment to finish)."""
    handle = d.aht_s + d.acw_s
    if d.channel not in LIVE:  # tickets held at once run side by side, as chats do: each takes 1/k of an agent
        per_agent = handle / max(1.0, d.concurrency)
        return Need(d.channel, workload_agents(d.rate_per_s, per_agent, TARGET_OCCUPANCY, d.backlog, d.threshold_s),
                    "workload", d.rate_per_s * per_agent)
    if d.channel == "chat":
        k = max(1.0, d.concurrency)
        slots = agents_erlang_c(d.rate_per_s, handle, d.sl_target, d.threshold_s)
        return Need(d.channel, math.ceil(slots / k - 1e-9), "erlang_c_concurrency", d.rate_per_s * handle / k)
    if d.patience_s and (d.abandonment or 0.0) > ABANDONMENT_MATERIAL:
        return Need(d.channel, agents_erlang_a(d.rate_per_s, handle, d.patience_s, d.sl_target, d.threshold_s),
                    "erlang_a", d.rate_per_s * handle)
    return Need(d.channel, agents_erlang_c(d.rate_per_s, handle, d.sl_target, d.threshold_s), "erlang_c",
                d.rate_per_s * handle)
