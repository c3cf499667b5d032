"""The agents: who they are, their shifts (a rota staffed from the centre's own forecast), and what the
agent-outage scenario takes away."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from api_client.models import Agent, AgentState
from api_client.sla import business_seconds_between
from api_client.workforce import Demand, agents_for
from simulator import catalog

DAY = 86400
HOUR = 3600
_MONDAY = datetime(2024, 1, 1, tzinfo=UTC)  # any Monday: the rota is the same every week


@dataclass
class AgentRuntime:
    """What the model tracks about an agent beyond the API's :class:`Agent`."""

    shift: tuple[int, int]  # (start hour, end hour), UTC
    work: dict[int, str] = field(default_factory=dict)  # ticket id -> kind of work (model.work_kind) held
    on_shift: bool = False
    outage: bool = False
    break_due: float = 0.0
    acw_until: float = 0.0
    on_break_until: float = 0.0
    forced: AgentState | None = None  # a state set by a team lead, kept until they change it

    @property
    def load(self) -> int:
        """Contacts the agent works on now."""
        return len(self.work)


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


def _mean(median: float, sigma: float) -> float:
    return median * math.exp(sigma * sigma / 2)  # the lognormal's mean


def forecast_need(hour: int, agents: int) -> float:
    """Agents the normal day's forecast asks for at ``hour`` (UTC), staffed per channel as a planner would
    (:func:`api_client.workforce.agents_for`) for the simulator's routing: phone by Erlang C on handle time plus
    after-call work, chat by Erlang C over the agents' concurrency, email, social and app by workload against
    their reply target (worked up to the agents' capacity at once), follow-ups (replies to pending tickets,
    escalations) as deferred work too."""
    scale = agents / catalog.REFERENCE_AGENTS
    acw = _mean(catalog.WRAP_UP_S, catalog.WRAP_UP_SIGMA)
    concurrency = sum(catalog.CAPACITIES) / len(catalog.CAPACITIES)
    held = _mean(catalog.FIRST_REPLY_DELAY_S, catalog.FIRST_REPLY_SIGMA)  # a ticket held before its first reply
    # One pool per channel (agents are multi-skilled): the queues' targets weighted by their volume.
    weights = catalog.QUEUE_WEIGHTS
    sl = sum(weights[q.id] * q.service_level.percent / 100 for q in catalog.QUEUES)
    answer_s = sum(weights[q.id] * q.service_level.threshold_s for q in catalog.QUEUES)
    reply_s = sum(weights[q.id] * next(s.first_response_s for s in q.sla if s.priority == "normal")
                  for q in catalog.QUEUES)
    need = 0
    follow_ups = catalog.PENDING_SHARE + catalog.ESCALATION_SHARE
    for channel, peak in catalog.PEAK_ARRIVALS_PER_HOUR.items():
        rate = peak * scale * catalog.INTRADAY[hour] / HOUR
        aht = _mean(*catalog.HANDLE_TIME[channel])
        if channel in catalog.LIVE_CHANNELS:
            need += agents_for(Demand(channel, rate, aht, sl, answer_s, acw_s=acw if channel == "phone" else 0.0,
                                      concurrency=concurrency)).agents
            rate *= follow_ups
        else:
            rate *= 1 + follow_ups
            aht += held
        need += agents_for(Demand(channel, rate, aht / concurrency, sl, reply_s)).agents
    return max(float(need), catalog.MIN_STAFF)


@lru_cache(maxsize=8)
def rota(agents: int) -> tuple[tuple[int, int], ...]:
    """Shifts of ``catalog.SHIFT_HOURS``, one per agent (in the order of ``hire``), following the forecast.

    ``catalog.MIN_ON_SHIFT`` agents work around the clock; each of the others in turn starts where the need not
    yet covered over the shift is largest (the need scaled to the head count). The shifts then go to the teams
    so that every hour has someone with each skill its open queues need (:func:`uncovered`)."""
    n, hours = catalog.SHIFT_HOURS, range(24)
    need = [forecast_need(h, agents) for h in hours]
    target = [x * agents * n / sum(need) for x in need]  # more or fewer agents than asked: spread in proportion
    fixed = [start for _ in range(catalog.MIN_ON_SHIFT) for start in range(0, 24, n)][:agents]
    on = [0.0] * 24
    for start in fixed:
        for k in range(n):
            on[(start + k) % 24] += 1

    def covers(start: int) -> list[int]:
        return [(start + k) % 24 for k in range(n)]

    starts = []
    for _ in range(agents - len(fixed)):  # each in turn where the shortfall over the shift is largest
        start = max(hours, key=lambda h: (sum(target[x] - on[x] for x in covers(h)), -h))
        starts.append(start)
        for x in covers(start):
            on[x] += 1
    return _to_teams(fixed + starts)


def team_skills(index: int) -> tuple[str, ...]:
    """The skills of the ``index``-th agent hired (their team's)."""
    return catalog.TEAMS[index % len(catalog.TEAMS)][1]


def _to_teams(starts: list[int]) -> tuple[tuple[int, int], ...]:
    """Give the shift starts to the agents (agent i is in team i mod the number of teams): the hardest hours to
    cover first, each shift to the team whose skills are missing most over its hours, else to the team with
    the fewest agents on over those hours (each team spread over the day)."""
    teams = range(len(catalog.TEAMS))
    missing = {(h, q.skill) for h in range(24) for q in catalog.QUEUES if open_at(q.id, h)}
    free = {team: [i for i in range(len(starts)) if i % len(catalog.TEAMS) == team] for team in teams}
    team_on = [[0] * 24 for _ in teams]
    shifts: list[tuple[int, int]] = [(0, 0)] * len(starts)
    on = [sum(1 for s in starts if (h - s) % 24 < catalog.SHIFT_HOURS) for h in range(24)]
    for start in sorted(starts, key=lambda s: (min(on[(s + k) % 24] for k in range(catalog.SHIFT_HOURS)), s)):
        hours = [(start + k) % 24 for k in range(catalog.SHIFT_HOURS)]
        team = max((t for t in teams if free[t]), key=lambda t: (
            sum((h, skill) in missing for h in hours for skill in team_skills(t)),
            -sum(team_on[t][h] for h in hours), len(free[t]), -t))
        shifts[free[team].pop(0)] = (start, start + catalog.SHIFT_HOURS)
        missing -= {(h, skill) for h in hours for skill in team_skills(team)}
        for h in hours:
            team_on[team][h] += 1
    return tuple(shifts)


def open_at(queue_id: str, hour: int, weekday: int = 0) -> bool:
    """Whether the queue is open at some time in ``hour`` (UTC) of ``weekday`` (0 Monday)."""
    q = next(q for q in catalog.QUEUES if q.id == queue_id)
    begin = _MONDAY + timedelta(days=weekday, hours=hour)
    return q.business_hours is None or business_seconds_between(begin, begin + timedelta(hours=1), q.business_hours) > 0


def uncovered(shifts: tuple[tuple[int, int], ...], weekday: int = 0,
              present: frozenset[int] | None = None) -> list[tuple[int, str]]:
    """(hour, skill) pairs of ``weekday`` where a queue is open and no agent on shift (of those ``present``, if
    given) has its skill: the rota check."""
    gaps = []
    for h in range(24):
        skills = {skill for i, s in enumerate(shifts) if (present is None or i in present)
                  and in_shift(s, h * HOUR) for skill in team_skills(i)}
        gaps += [(h, q.skill) for q in catalog.QUEUES if open_at(q.id, h, weekday) and q.skill not in skills]
    return gaps


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
