"""What the dashboard and the wall draw, computed from the live store (no Qt): chart series, the trend of each
tile against 15 minutes ago, and agent load bars per team or per agent."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from console.core.history import H
from console.core.metrics import AgentLoad, Filter, ratio, service_level
from console.core.store import LiveStore
from widgets.bar import Bar

TREND_S = 900.0  # trend arrows compare with 15 minutes ago
CHART_SPAN_S = 3600.0  # charts show the last hour by default
# The history's fields behind metrics.service_level: (met, (counted,)).
SERVICE_LEVEL_FIELDS = (H.SL_MET, (H.SL_COUNTED,))


@dataclass(frozen=True)
class ChartData:
    """History arrays for the current filter (computed under the store lock, drawn on the GUI thread)."""

    t: np.ndarray
    depth: np.ndarray  # rows x queues
    risk: np.ndarray  # rows x 2 (breached, at risk)
    service_level: np.ndarray  # rows x 1, percent
    flow: np.ndarray  # rows x 2 (arrivals, handled per hour)
    queue_ids: tuple[str, ...]


def agent_bars(agents: list[AgentLoad], by_team: bool) -> list[Bar]:
    """Load bars per team (active work against the capacity of who is signed in) or per agent, most loaded first."""
    if not by_team:
        return [Bar(f"agent:{a.agent_id}", a.name, a.active, a.capacity, a.state)
                for a in sorted(agents, key=lambda a: (-a.load, a.name))]
    teams: dict[tuple[str, str], list[float]] = {}
    for a in agents:
        row = teams.setdefault((a.team_label, a.team), [0.0, 0.0])
        row[0] += a.active
        row[1] += a.capacity if a.state != "offline" else 0
    return [Bar(f"team:{t}", name, act, cap, "busy") for (name, t), (act, cap) in sorted(teams.items())]


def chart_data(store: LiveStore, flt: Filter, queue_ids: tuple[str, ...], span_s: float = CHART_SPAN_S) -> ChartData:
    """The dashboard's series for ``flt`` over the last ``span_s`` of history (call with the store locked)."""
    h = store.history
    keys = store.cell_keys(flt)
    end = h.times()
    since = float(end[-1]) - span_s if end.size else None  # only the rows on screen are read
    t = h.times(since)
    depth = np.column_stack([h.series([k for k in keys if k[0] == q], H.WAITING, since) for q in queue_ids]) \
        if queue_ids else np.zeros((t.size, 0))
    risk = np.column_stack([h.series(keys, H.BREACHED, since), h.series(keys, H.AT_RISK, since)])
    sl = h.rolling_ratio(keys, *SERVICE_LEVEL_FIELDS, store.window_s, since) * 100
    flow = np.column_stack([h.rate_per_hour(keys, H.ARRIVALS, preload_s=store.window_s, since=since),
                            h.rate_per_hour(keys, H.HANDLED, preload_s=store.window_s, since=since)])
    return ChartData(t, depth, risk, sl[:, None], flow, queue_ids)


def trend(store: LiveStore, flt: Filter) -> dict[str, float | None]:
    """Each trended tile's value 15 minutes ago (None if the history is not that long)."""
    h = store.history
    t = h.times()
    if not t.size or t[-1] - t[0] < TREND_S:
        return {}
    keys = store.cell_keys(flt)
    then = float(t[int(np.searchsorted(t, t[-1] - TREND_S))])
    row = h.sums_at(keys, then)
    assert row is not None  # "then" is a sample time
    # The rolling window behind "then"; before the history began, the running totals start at zero.
    back = h.sums_at(keys, then - store.window_s)
    back = np.zeros_like(row) if back is None else back
    d = row - back

    def known(value: float | None, *fields: H) -> float:
        # A resync restarts the running totals: a negative difference is no data, as is nothing to divide.
        return math.nan if value is None or any(d[f] < 0 for f in fields) else float(value)

    met, (counted,) = SERVICE_LEVEL_FIELDS
    return {
        "waiting": float(row[H.WAITING]),
        "breached": float(row[H.BREACHED]),
        "at_risk": float(row[H.AT_RISK]),
        "service_level": known(service_level(d[met], d[counted]), met, counted),
        "csat": known(ratio(d[H.RATED_GOOD], d[H.RATED]), H.RATED_GOOD, H.RATED),
    }
