"""The agents: who they are, their shifts (a rota staffed from the centre's own forecast), and what the
agent-outage scenario takes away."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from api_client.models import Agent, AgentState
from api_client.workforce import Demand, agents_for
from simulator import catalog

DAY = 86400
HOUR = 3600


@dataclass
class AgentRuntime:
    """What the model tracks about an agent beyond the API's :class:`Agent`."""

    shift: tuple[int, int]  # (start hour, end hour), UTC
    load: int = 0
    on_shift: bool = False
    outage: bool = False
    break_due: float = 0.0
    acw_until: float = 0.0
    on_break_until: float = 0.0
    forced: AgentState | None = None  # a state set by a team lead, kept until they change it


def hire(count: int, rng: random.Random, since: datetime) -> list[Agent]:
    """``count`` agents in the catalog's teams, offline as of ``since``, each with a name of their own (a name
    already given gets a middle initial, or a second given name in Chinese, without drawing from ``rng``)."""
    agents, taken = [], set[str]()
    for i in range(count):
        team, skills = catalog.TEAMS[i % len(catalog.TEAMS)]
        if i % 4 == 3:
            family, given = rng.choice(catalog.FAMILY_ZH), rng.choice(catalog.GIVEN_ZH)
            names = (family + given + extra for extra in ("", *catalog.GIVEN_ZH))
        else:
            given, family = rng.choice(catalog.GIVEN_EN), rng.choice(catalog.FAMILY_EN)
            names = (f"{given} {middle}{family}" for middle in ("", *(f"{c}. " for c in catalog.MIDDLE_INITIALS)))
        name = next((n for n in names if n not in taken), f"{given} {family} {i + 1}")
        taken.add(name)
        agents.append(Agent(id=f"a{i + 1:04d}", name=name, names=catalog.chinese_names(name) if i % 4 == 3 else {},
                            team=team, state="offline", state_since=since,
                            skills=list(skills), capacity=rng.choice(catalog.CAPACITIES), version=1))
    return agents


def _mean(channel: str) -> float:
    median, sigma = catalog.HANDLE_TIME[channel]  # type: ignore[index]
    return median * math.exp(sigma * sigma / 2)  # the lognormal's mean


def forecast_need(hour: int, agents: int) -> float:
    """Agents the normal day's forecast asks for at ``hour`` (UTC), staffed per queue and channel as a planner
    would (:func:`api_client.workforce.agents_for`): phone by Erlang C on handle time plus wrap-up, chat by
    Erlang C over the agents' concurrency, email, social and app by workload against their reply target."""
    scale = agents / catalog.REFERENCE_AGENTS
    acw = catalog.WRAP_UP_S * math.exp(catalog.WRAP_UP_SIGMA ** 2 / 2)
    concurrency = sum(catalog.CAPACITIES) / len(catalog.CAPACITIES)
    # One pool per channel (agents are multi-skilled): the queues' targets weighted by their volume.
    weights = catalog.QUEUE_WEIGHTS
    sl = sum(weights[q.id] * q.service_level.percent / 100 for q in catalog.QUEUES)
    answer_s = sum(weights[q.id] * q.service_level.threshold_s for q in catalog.QUEUES)
    reply_s = sum(weights[q.id] * next(s.first_response_s for s in q.sla if s.priority == "normal")
                  for q in catalog.QUEUES)
    need = 0
    for channel, peak in catalog.PEAK_ARRIVALS_PER_HOUR.items():
        rate = peak * scale * catalog.INTRADAY[hour] / HOUR
        live = channel in catalog.LIVE_CHANNELS
        aht = _mean(channel) + (0.0 if live else catalog.FIRST_REPLY_DELAY_S)
        need += agents_for(Demand(channel, rate, aht, sl, answer_s if live else reply_s, acw_s=acw if live else 0.0,
                                  concurrency=concurrency)).agents
    return max(float(need), catalog.MIN_STAFF)


@lru_cache(maxsize=8)
def rota(agents: int) -> tuple[tuple[int, int], ...]:
    """Shifts of ``catalog.SHIFT_HOURS`` for ``agents`` agents following the forecast: each agent in turn takes
    the start hour whose shift covers the most need not yet covered (scaled to the head count)."""
    need = [forecast_need(h, agents) for h in range(24)]
    cover = sum(need) / (agents * catalog.SHIFT_HOURS)  # more or fewer agents than asked: spread in proportion
    left = [n / max(cover, 1e-9) for n in need]
    shifts = []
    for _ in range(agents):
        start = max(range(24), key=lambda h: (sum(left[(h + k) % 24] for k in range(catalog.SHIFT_HOURS)), -h))
        for k in range(catalog.SHIFT_HOURS):
            left[(start + k) % 24] -= 1
        shifts.append((start, start + catalog.SHIFT_HOURS))
    # Neighbours share a shift and the teams take agents in turn: each shift has every team.
    return tuple(sorted(shifts))


def in_outage(index: int) -> bool:
    """Whether the ``index``-th agent is among those the agent-outage scenario takes offline."""
    return (index * 7919) % 100 < catalog.OUTAGE_SHARE * 100


def in_shift(shift: tuple[int, int], at: float) -> bool:
    """Whether ``at`` (epoch seconds) falls within the shift (which may run past midnight)."""
    return (datetime.fromtimestamp(at, UTC).hour - shift[0]) % 24 < shift[1] - shift[0]


def next_shift_change(shift: tuple[int, int], after: float) -> float:
    """The first shift start or end strictly after ``after``."""
    midnight = after - after % DAY
    return min(at for day in (-1, 0, 1) for at in (midnight + day * DAY + shift[0] * HOUR,
                                                      midnight + day * DAY + shift[1] * HOUR) if at > after)
