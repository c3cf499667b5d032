"""The centre's history from its tickets: the series of ``GET /history``, one function for every server.

The simulator serves it from its SQLite tickets, a hub from its ticket table, and the console computes the
same from a vendor's snapshot. Definitions are the live store's (docs/metrics.md): each event counts at its
own time in the queue and priority the ticket had then (:func:`cell_at`, from the ticket's ``route``).

Levels at a past moment are read from what a ticket keeps: it waited from its creation until it was first
assigned or answered (and again from its last change if it waits now); its SLA clocks ran from creation until
the first response and resolution, against its due times. A ticket that was taken back to its queue and
assigned again in between, or paused for a while before it went on, is counted as if it had not been:
tickets do not keep those moments.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

import numpy as np

from api_client.models import LIVE_CHANNELS, UNRESOLVED, HistoryCell, HistorySeries, Queue, Ticket
from api_client.sla import due_times, service_level_met

STEPS = (60, 300, 900, 3600)  # the resolutions a chart asks for, in seconds
MAX_POINTS = 1500  # (until - since) / step at most: 25 h at one minute
FIELDS = ("waiting", "breached", "at_risk", "arrivals", "handled", "sl_counted", "sl_met", "rated", "rated_good")
LEVELS = 3  # the first fields are levels at a point; the others count a step's events
_F = {name: i for i, name in enumerate(FIELDS)}
CellKey = tuple[str, str, str]  # (queue_id, channel, priority)


def cell_at(t: Ticket, at: float | None) -> CellKey:
    """The cell an event of ``t`` at ``at`` (epoch seconds) belongs to: the queue and priority the ticket had
    then, from its route (DESIGN.md: events belong to the queue where they happened). ``at`` None: where it
    arrived."""
    for leg in t.route:
        if at is None or at < leg.until.timestamp():
            return (leg.queue_id, t.channel, leg.priority)
    return (t.queue_id, t.channel, t.priority)


def check_range(since: float, until: float, step: int) -> None:
    """ValueError (a message for people) unless ``since``..``until`` at ``step`` is a range the API serves."""
    if step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(map(str, STEPS))} seconds")
    if not since < until:
        raise ValueError("since must be before until")
    if (until - since) / step > MAX_POINTS:
        raise ValueError(f"at most {MAX_POINTS} steps: ask for a shorter range or a longer step")


def points(since: float, until: float, step: int) -> list[float]:
    """The multiples of ``step`` in [since, until], and ``until``."""
    first = math.ceil(since / step) * step
    times = [float(t) for t in range(first, math.floor(until) + 1, step) if t <= until]
    if not times or times[-1] != until:
        times.append(until)
    return times


def _legs(t: Ticket) -> list[tuple[float, float, CellKey]]:
    """[start, end) of each queue and priority the ticket had, oldest first, covering all time."""
    legs: list[tuple[float, float, CellKey]] = []
    start = -math.inf
    for leg in t.route:
        end = leg.until.timestamp()
        legs.append((start, end, (leg.queue_id, t.channel, leg.priority)))
        start = end
    legs.append((start, math.inf, (t.queue_id, t.channel, t.priority)))
    return legs


def _resolved_at(t: Ticket) -> float:
    """When the ticket stopped being unresolved (inf if it has not)."""
    if t.status in UNRESOLVED:
        return math.inf
    return t.solved_at.timestamp() if t.solved_at is not None else t.updated_at.timestamp()


def _events(t: Ticket, queues: Mapping[str, Queue]) -> Iterable[tuple[float, CellKey, str, int]]:
    """(time, cell, field, count) of each counted event, as the live store counts them."""
    created = t.created_at.timestamp()
    yield created, cell_at(t, None), "arrivals", 1
    if t.first_response_at is not None:
        at = t.first_response_at.timestamp()
        key = cell_at(t, at)
        met = service_level_met(t, queues.get(key[0]), at, max(0.0, at - created))
        if met is not None:
            yield at, key, "sl_counted", 1
            if met:
                yield at, key, "sl_met", 1
    if t.channel in LIVE_CHANNELS and t.abandoned:
        at = t.updated_at.timestamp()
        key = cell_at(t, at)
        queue = queues.get(key[0])
        if queue is not None and queue.service_level.threshold_s:
            yield at, key, "sl_counted", 1  # a live contact abandoned is missed
    if t.solved_at is not None:
        at = t.solved_at.timestamp()
        yield at, cell_at(t, at), "handled", 1
    if t.csat is not None:
        at = t.updated_at.timestamp()
        key = cell_at(t, at)
        yield at, key, "rated", 1
        if t.csat >= 4:
            yield at, key, "rated_good", 1


def _level_spans(t: Ticket, queues: Mapping[str, Queue]) -> Iterable[tuple[str, float, float, float]]:
    """(field, start, end, deadline) of the times the ticket waited (deadline unused) and of its SLA clocks' runs
    against a deadline: at a moment T in [start, end) it is breached if deadline < T, at risk if not but the
    deadline comes within the queue's at-risk threshold."""
    created, resolved = t.created_at.timestamp(), _resolved_at(t)
    first = t.first_response_at.timestamp() if t.first_response_at is not None else math.inf
    assigned = t.assigned_at.timestamp() if t.assigned_at is not None else math.inf
    waits_now = t.assignee_id is None and t.status in ("new", "open")
    if waits_now and first == math.inf:
        yield "waiting", created, math.inf, 0.0
    else:
        yield "waiting", created, min(assigned, first, resolved), 0.0
        if waits_now:
            yield "waiting", max(created, t.updated_at.timestamp()), math.inf, 0.0
    frt, res = due_times(t, queues.get(t.queue_id))
    answered = min(first, resolved)
    before = min(d for d in (frt, res, math.inf) if d is not None)
    if before < math.inf:
        yield "clock", created, answered, before
    if res is not None:
        yield "clock", answered, resolved, res


def _index(times: list[float], at: float, after: bool = False) -> int:
    """The first point at or after ``at`` (strictly after, if ``after``)."""
    return bisect_right(times, at) if after else bisect_left(times, at)


def compute(tickets: Iterable[Ticket], queues: Mapping[str, Queue], since: float, until: float,
            step: int) -> HistorySeries:
    """The series of ``GET /history`` for ``since``..``until`` (epoch seconds) from the centre's tickets: every
    ticket unresolved at ``since`` or changed since then must be among them (others are ignored)."""
    check_range(since, until, step)
    times = points(since, until, step)
    n = len(times)
    opens = times[0] - step  # the first step's events come after this
    cells: dict[CellKey, int] = {}
    counts: list[tuple[int, int, int]] = []  # (cell, field, point) of one event
    spans: list[tuple[int, int, int, int]] = []  # (cell, field, first point, end point) of a level's +1

    def cell(key: CellKey) -> int:
        return cells.setdefault(key, len(cells))

    def span(key: CellKey, field: str, lo: int, hi: int) -> None:
        if lo < hi:
            spans.append((cell(key), _F[field], lo, hi))

    for t in tickets:
        if t.created_at.timestamp() > until or _resolved_at(t) < opens:
            continue
        for at, key, field, _ in _events(t, queues):
            if opens < at <= until:
                counts.append((cell(key), _F[field], _index(times, at)))
        legs = _legs(t)
        for field, start, end, due in _level_spans(t, queues):
            for leg_start, leg_end, key in legs:
                lo_t, hi_t = max(start, leg_start), min(end, leg_end)
                if lo_t >= hi_t:
                    continue
                lo, hi = _index(times, lo_t), _index(times, hi_t)
                if field == "waiting":
                    span(key, "waiting", lo, hi)
                    continue
                queue = queues.get(key[0])
                risk = queue.at_risk_s if queue is not None else 0
                span(key, "breached", max(lo, _index(times, due, after=True)), hi)
                span(key, "at_risk", max(lo, _index(times, due - risk, after=True)), min(hi, _index(times, due, True)))
    values = np.zeros((len(cells), len(FIELDS), n + 1), dtype=np.int64)
    if spans:
        c, f, lo, hi = np.array(spans, dtype=np.int64).T
        np.add.at(values, (c, f, lo), 1)
        np.add.at(values, (c, f, hi), -1)
        values[:, :LEVELS] = np.cumsum(values[:, :LEVELS], axis=2)
    if counts:
        c, f, i = np.array(counts, dtype=np.int64).T
        np.add.at(values, (c, f, i), 1)
    out = []
    for key, i in cells.items():
        rows = values[i, :, :n]
        if rows.any():
            out.append(HistoryCell(queue_id=key[0], channel=key[1], priority=key[2],  # type: ignore[arg-type]
                                   **{name: rows[j].tolist() for j, name in enumerate(FIELDS)}))
    out.sort(key=lambda c: (c.queue_id, c.channel, c.priority))
    return HistorySeries(step=step, times=times, cells=out)


def arrays(series: HistorySeries) -> dict[CellKey, np.ndarray]:
    """Each cell's points x fields, the event counts turned into running totals from the first point."""
    out: dict[CellKey, np.ndarray] = {}
    for c in series.cells:
        rows = np.array([getattr(c, name) for name in FIELDS], dtype=np.float64).T
        rows[:, LEVELS:] = np.cumsum(rows[:, LEVELS:], axis=0)
        out[(c.queue_id, c.channel, c.priority)] = rows
    return out
