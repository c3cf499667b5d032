"""Staffing now, per queue and channel, with each agent counted once (no Qt).

The planning math (Erlang C and A, chat slots, workload) is :mod:`api_client.workforce`, shared with the
simulator's rota. Here: what the console measures goes in (arrivals, AHT, abandonment and patience per
queue and channel over the rolling window), agents needed per channel come out, against the agents working
a queue, an agent with several skills split evenly among them, so that the queues' figures add up to the
centre's head count.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from api_client.models import CHANNELS, Agent, Queue, Ticket
from api_client.workforce import LIVE, Demand, Need, agents_for

WORKING_STATES = frozenset({"available", "busy", "after_call_work"})
# Wrap-up after a live contact: a planning value (no supported backend reports after-call work per contact).
ACW_S: Mapping[str, float] = {"phone": 45.0, "chat": 45.0}


@dataclass(frozen=True)
class ChannelLoad:
    """One channel of one queue over the window: what staffing is computed from."""

    arrivals: int
    aht_s: float | None  # None: no handled contact yet
    abandonment: float | None = None  # live channels
    patience_s: float | None = None  # live channels, see :func:`measured_patience`
    waiting: int = 0  # ticket channels: the backlog to answer within the reply target


@dataclass(frozen=True)
class QueueStaffing:
    """One queue now: agents needed per channel against the agents working it (counted once)."""

    queue_id: str
    name: str
    needs: tuple[Need, ...]  # channels with traffic and a measured handle time
    unknown: tuple[str, ...]  # channels with arrivals but no handle time yet
    demands: tuple[Demand, ...]  # what ``needs`` were computed from, for the centre's pools
    working: float  # agents with the skill working now, each split evenly among their skills
    sl_target: float  # 0..1, live channels
    threshold_s: int

    @property
    def needed(self) -> int | None:
        """Agents needed over the channels (None: traffic but no handle time measured yet)."""
        if not self.needs and self.unknown:
            return None
        return sum(n.agents for n in self.needs)

    @property
    def gap(self) -> float:
        """Agents short (positive) or spare (negative); 0 when unknown."""
        return 0.0 if self.needed is None else self.needed - self.working


@dataclass(frozen=True)
class CentreStaffing:
    """Every queue, and the centre: needed (one pool per channel over the queues, agents being multi-skilled, as the
    simulator's rota plans) against agents working, once each."""

    queues: tuple[QueueStaffing, ...]
    needed: int
    working: int


def skill_share(agents: Iterable[Agent], skill: str) -> float:
    """Working agents with ``skill``, each counting ``1 / number of their skills``."""
    return sum(1.0 / len(a.skills) for a in agents if a.state in WORKING_STATES and skill in a.skills)


def concurrency(agents: Iterable[Agent], skill: str) -> float:
    """Chats, or deferred tickets, an agent with ``skill`` holds at once: the mean capacity of those signed in (1 if
    none); a nominal capacity (the system has none) is no measure of it and is left out."""
    caps = [a.capacity for a in agents if a.state != "offline" and skill in a.skills and a.capacity > 0
            and a.capacity_source != "nominal"]
    return sum(caps) / len(caps) if caps else 1.0


def demand(queue: Queue, channel: str, load: ChannelLoad, window_s: float, concurrency: float) -> Demand:
    """The :class:`Demand` of one channel of ``queue`` from what was measured over ``window_s``."""
    rate = load.arrivals / window_s if window_s > 0 else 0.0
    if channel in LIVE:
        return Demand(channel, rate, load.aht_s or 0.0, queue.service_level.percent / 100,
                      queue.service_level.threshold_s, acw_s=ACW_S.get(channel, 0.0), patience_s=load.patience_s,
                      abandonment=load.abandonment, concurrency=concurrency if channel == "chat" else 1.0)
    normal = next((s for s in queue.sla if s.priority == "normal"), None)
    reply_s = normal.first_response_s if normal else 3600
    return Demand(channel, rate, load.aht_s or 0.0, queue.service_level.percent / 100, reply_s,
                  backlog=load.waiting, concurrency=concurrency)


def staffing(queue: Queue, loads: Mapping[str, ChannelLoad], window_s: float,
             agents: list[Agent]) -> QueueStaffing:
    """Staffing for ``queue`` from its channels' ``loads`` over the last ``window_s``."""
    k = concurrency(agents, queue.skill)
    needs, unknown, demands = [], [], []
    for channel in CHANNELS:
        load = loads.get(channel)
        if load is None or (load.arrivals == 0 and load.waiting == 0):
            continue
        if not load.aht_s:
            unknown.append(channel)
            continue
        demands.append(demand(queue, channel, load, window_s, k))
        need = agents_for(demands[-1])
        if need.agents:
            needs.append(need)
    return QueueStaffing(queue.id, queue.name, tuple(needs), tuple(unknown), tuple(demands),
                         skill_share(agents, queue.skill), queue.service_level.percent / 100,
                         queue.service_level.threshold_s)


def pooled(demands: Sequence[Demand]) -> Demand:
    """One channel's demands of several queues as one pool: volumes and backlogs added, the rest weighted by
    volume (targets as the simulator's rota weighs them); patience only where every queue measured it."""
    rate = sum(d.rate_per_s for d in demands)
    if len(demands) == 1 or rate <= 0:
        return replace(demands[0], backlog=sum(d.backlog for d in demands))

    def mean(values: Iterable[float]) -> float:
        return sum(d.rate_per_s * v for d, v in zip(demands, values, strict=True)) / rate

    patience = None if any(d.patience_s is None for d in demands) else mean(d.patience_s or 0.0 for d in demands)
    return Demand(demands[0].channel, rate, mean(d.aht_s for d in demands), mean(d.sl_target for d in demands),
                  mean(d.threshold_s for d in demands), acw_s=mean(d.acw_s for d in demands), patience_s=patience,
                  abandonment=mean(d.abandonment or 0.0 for d in demands),
                  concurrency=mean(d.concurrency for d in demands), backlog=sum(d.backlog for d in demands))


def centre(queues: Iterable[QueueStaffing], agents: Iterable[Agent]) -> CentreStaffing:
    """The centre's figure: each channel one pool over the queues (:func:`pooled`; the queues' own figures, each a
    pool of its own, add up to more), against each working agent counted once, whatever their skills."""
    shown = tuple(queues)
    by_channel: dict[str, list[Demand]] = {}
    for q in shown:
        for d in q.demands:
            by_channel.setdefault(d.channel, []).append(d)
    return CentreStaffing(shown, sum(agents_for(pooled(ds)).agents for ds in by_channel.values()),
                          sum(1 for a in agents if a.state in WORKING_STATES))


def measured_patience(tickets: Iterable[Ticket], now: float, window_s: float) -> dict[tuple[str, str], float]:
    """Mean patience per (queue, live channel): time live contacts created in the window spent waiting
    (until answered, abandoned or now) over the abandonments (the estimate for exponential patience,
    answered and still-waiting contacts counting as censored). Absent where nobody abandoned."""
    since = now - window_s
    exposure: dict[tuple[str, str], float] = {}
    abandoned: dict[tuple[str, str], int] = {}
    for t in tickets:
        created = t.created_at.timestamp()
        if t.channel not in LIVE or created < since:
            continue
        key = (t.queue_id, t.channel)
        if t.first_response_at is not None:
            end = t.first_response_at.timestamp()
        elif t.abandoned:
            end = t.updated_at.timestamp()
            abandoned[key] = abandoned.get(key, 0) + 1
        else:
            end = now
        exposure[key] = exposure.get(key, 0.0) + max(0.0, min(end, now) - created)
    return {key: exposure[key] / n for key, n in abandoned.items() if n and math.isfinite(exposure[key])}
