"""The agents: who they are, their shifts, and what the agent-outage scenario takes away."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

from api_client.models import Agent, AgentState
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
    """``count`` agents in the catalog's teams, offline as of ``since``."""
    agents = []
    for i in range(count):
        team, skills = catalog.TEAMS[i % len(catalog.TEAMS)]
        if i % 4 == 3:
            name = rng.choice(catalog.FAMILY_ZH) + rng.choice(catalog.GIVEN_ZH)
        else:
            name = f"{rng.choice(catalog.GIVEN_EN)} {rng.choice(catalog.FAMILY_EN)}"
        agents.append(Agent(id=f"a{i + 1:04d}", name=name, team=team, state="offline", state_since=since,
                            skills=list(skills), capacity=rng.choice((2, 2, 3, 3)), version=1))
    return agents


def shift_of(index: int) -> tuple[int, int]:
    """The shift of the ``index``-th agent: the catalog's shifts in turn."""
    return catalog.SHIFTS[index % len(catalog.SHIFTS)]


def in_outage(index: int) -> bool:
    """Whether the ``index``-th agent is among those the agent-outage scenario takes offline."""
    return (index * 7919) % 100 < catalog.OUTAGE_SHARE * 100


def in_shift(shift: tuple[int, int], at: float) -> bool:
    """Whether ``at`` (epoch seconds) falls within the shift."""
    return shift[0] <= datetime.fromtimestamp(at, UTC).hour < shift[1]


def next_shift_change(shift: tuple[int, int], after: float) -> float:
    """The first shift start or end strictly after ``after``."""
    midnight = after - after % DAY
    starts_ends = (midnight + shift[0] * HOUR, midnight + shift[1] * HOUR, midnight + DAY + shift[0] * HOUR)
    return min(at for at in starts_ends if at > after)
