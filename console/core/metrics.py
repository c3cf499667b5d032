"""Metric definitions and result types (plain Python, no Qt). Meanings follow DESIGN.md."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from api_client.models import LIVE_CHANNELS as LIVE_CHANNELS  # one definition, shared with the servers
from api_client.models import Agent

CellKey = tuple[str, str, str]  # (queue_id, channel, priority)


class W(IntEnum):
    """Rolling-window counters kept per cell (indexes into a list of floats)."""

    ARRIVALS = 0
    REPEATS = 1
    ANSWERED_LIVE = 2  # live contacts (phone, chat) answered: ASA, abandonment
    SL_MET = 3  # contacts whose first answer met its target (service level: see service_level)
    WAIT_LIVE_S = 4  # sum of their waits: ASA
    ABANDONED_LIVE = 5  # live contacts abandoned before an answer (missed, for the service level)
    FIRST_RESPONSES = 6  # all channels: FRT
    FRT_S = 7
    SOLVED = 8
    RESOLUTION_S = 9
    HANDLED_N = 10  # solved with a known handle time: AHT
    HANDLE_S = 11
    FCR = 12  # solved without reopening or escalation
    CSAT_N = 13
    CSAT_GOOD = 14  # ratings of 4 or 5
    NPS_N = 15
    PROMOTERS = 16  # 9-10
    DETRACTORS = 17  # 0-6
    SL_COUNTED = 18  # contacts the service level counts (answered, abandoned or first-replied with a target)


N_COUNTERS = len(W)


@dataclass(frozen=True)
class Filter:
    """Which part of the centre to show; an empty set means all."""

    queues: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    teams: frozenset[str] = frozenset()

    def cell(self, key: CellKey, team_queues: frozenset[str] | None) -> bool:
        """Does this (queue, channel, priority) cell belong? ``team_queues``: queues the chosen teams serve."""
        q, ch, p = key
        return ((not self.queues or q in self.queues) and (not self.channels or ch in self.channels)
                and (not self.priorities or p in self.priorities)
                and (team_queues is None or q in team_queues))

    def agent(self, agent: Agent) -> bool:
        return not self.teams or agent.team in self.teams



def ratio(num: float, den: float) -> float | None:
    """num / den, or None when there is nothing to divide (shown as "–", never as a false 0)."""
    return num / den if den else None


@dataclass(frozen=True)
class QueueSummary:
    """One queue's live numbers at ``now`` (within the active filter)."""

    queue_id: str
    name: str
    waiting: int
    backlog: int
    breached: int
    at_risk: int
    longest_wait_s: float
    agents_available: int
    service_level: float | None = None  # 0..1 over the rolling window
    sl_target: float | None = None  # 0..1


@dataclass(frozen=True)
class AgentLoad:
    """An agent now: state, time in it, active work against capacity."""

    agent_id: str
    name: str
    team: str
    state: str
    in_state_s: float
    active: int
    capacity: int
    team_name: str = ""  # the team in the viewer's language ("": as ``team``)

    @property
    def team_label(self) -> str:
        """The team as the viewer reads it."""
        return self.team_name or self.team

    @property
    def load(self) -> float:
        """Active work / capacity (above 1: overloaded)."""
        return self.active / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class Metrics:
    """Everything the dashboard shows for one filter at ``now``; None means "no data", not zero."""

    now: float
    window_s: float
    waiting: int
    backlog: int
    breached: int
    at_risk: int
    longest_wait_s: float
    service_level: float | None
    sl_target: float | None
    asa_s: float | None
    frt_s: float | None
    resolution_s: float | None
    aht_s: float | None
    abandonment: float | None
    fcr: float | None
    repeat_rate: float | None
    csat: float | None
    nps: float | None
    arrivals: int
    handled: int
    agent_states: dict[str, int]
    signed_in: int
    occupancy: float | None
    queues: tuple[QueueSummary, ...]


def service_level(met: float, counted: float) -> float | None:
    """Contacts whose first answer met its target, out of those counted, over the window (docs/metrics.md): in a
    queue with a live threshold, live contacts (phone, chat) answered within it, an abandoned one counting as missed;
    in a queue without one (ticket systems), tickets whose first reply came by its first-reply due time. None when
    nothing was counted. The tile, each queue's row and the wall use this; the chart and the trend apply it to the
    history's fields of the same counters."""
    return ratio(met, counted)


def from_counters(c: list[float]) -> dict[str, float | None]:
    """The windowed metrics from summed counters."""
    live_total = c[W.ANSWERED_LIVE] + c[W.ABANDONED_LIVE]
    return {
        "service_level": service_level(c[W.SL_MET], c[W.SL_COUNTED]),
        "asa_s": ratio(c[W.WAIT_LIVE_S], c[W.ANSWERED_LIVE]),
        "frt_s": ratio(c[W.FRT_S], c[W.FIRST_RESPONSES]),
        "resolution_s": ratio(c[W.RESOLUTION_S], c[W.SOLVED]),
        "aht_s": ratio(c[W.HANDLE_S], c[W.HANDLED_N]),
        "abandonment": ratio(c[W.ABANDONED_LIVE], live_total),
        "fcr": ratio(c[W.FCR], c[W.SOLVED]),
        "repeat_rate": ratio(c[W.REPEATS], c[W.ARRIVALS]),
        "csat": ratio(c[W.CSAT_GOOD], c[W.CSAT_N]),
        "nps": None if not c[W.NPS_N] else (c[W.PROMOTERS] - c[W.DETRACTORS]) / c[W.NPS_N] * 100,
    }
