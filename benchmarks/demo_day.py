"""A simulated day per demo scenario: service level, longest wait and agents free, hour by hour.

Runs the simulator's model in process (no HTTP, no SQLite) over one weekday from midnight, as ``--demo``
would show it, and prints per hour: live service level (phone and chat contacts that arrived that hour,
answered within their queue's threshold over answered plus abandoned), the longest wait seen (5-minute
samples), agents available and on shift (mean of the samples), and contacts still waiting at the hour's end.
No baseline in the run: compare against the figures of another commit (the report quotes both).

Summary: ``demo_day: normal_sl_9_18=... normal_max_wait_s=... peak_sl_min=... outage_sl_min=...``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from benchmarks._common import summary
from simulator import catalog
from simulator.engine.model import Model

DAY_START = datetime(2026, 11, 23, tzinfo=UTC)  # a Monday
SAMPLE_S = 300.0


def run_day(scenario: str, agents: int, seed: int) -> list[dict[str, float]]:
    """Hourly rows for one scenario over a day."""
    m = Model(seed)
    m.now = DAY_START.timestamp()
    m.scenario = scenario
    m.make_agents(agents)
    m.draw_arrivals()
    m.start_roster()
    rows: list[dict[str, float]] = []
    for hour in range(24):
        longest = 0.0
        available = on_shift = 0
        samples = int(3600 / SAMPLE_S)
        for k in range(1, samples + 1):
            m.advance_to(DAY_START.timestamp() + hour * 3600 + k * SAMPLE_S)
            waiting = [t for t in m.tickets.values() if t.assignee_id is None and t.status in ("new", "open")]
            if waiting:
                longest = max(longest, m.now - min(t.created_at.timestamp() for t in waiting))
            available += sum(1 for a in m.agents.values() if a.state == "available")
            on_shift += sum(1 for rt in m.runtime.values() if rt.on_shift)
        rows.append({"hour": hour, "longest_s": longest, "available": available / samples,
                     "on_shift": on_shift / samples, "waiting": len(waiting)})
    m.advance_to(DAY_START.timestamp() + 25 * 3600)  # let the last hour's contacts be answered or abandon
    for t in m.tickets.values():
        if t.channel not in catalog.LIVE_CHANNELS:
            continue
        row = rows[t.created_at.hour] if t.created_at.date() == DAY_START.date() else None
        if row is None:
            continue
        threshold = m.queues[t.queue_id].service_level.threshold_s
        answered = t.first_response_at is not None
        if answered or t.abandoned:
            row["offered"] = row.get("offered", 0) + 1
            wait = (t.first_response_at - t.created_at).total_seconds() if t.first_response_at else None
            row["within"] = row.get("within", 0) + (wait is not None and wait <= threshold)
    for row in rows:
        row["sl"] = row["within"] / row["offered"] if row.get("offered") else float("nan")
    return rows


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks demo_day", description=__doc__.splitlines()[0])
    p.add_argument("--agents", type=int, default=60)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scenarios", default="normal,peak,agent-outage")
    args = p.parse_args(argv)
    figures: dict[str, float] = {}
    for scenario in args.scenarios.split(","):
        rows = run_day(scenario, args.agents, args.seed)
        print(f"\n{scenario} ({args.agents} agents, seed {args.seed})")
        print(" hour   SL %  longest wait  available  on shift  waiting")
        for r in rows:
            print(f"  {r['hour']:02d}  {r['sl'] * 100:5.1f}  {r['longest_s'] / 60:8.1f} min  {r['available']:9.1f}"
                  f"  {r['on_shift']:8.1f}  {r['waiting']:7.0f}")
        day = [r for r in rows if 9 <= r["hour"] < 18]
        key = scenario.replace("-", "_")
        figures[f"{key}_sl_9_18"] = round(sum(r["within"] for r in day) / max(1, sum(r["offered"] for r in day)), 3)
        figures[f"{key}_sl_min"] = round(min(r["sl"] for r in day), 3)
        figures[f"{key}_max_wait_s"] = round(max(r["longest_s"] for r in day))
        figures[f"{key}_min_available"] = round(min(r["available"] for r in day), 1)
    print(summary("demo_day", **figures))


if __name__ == "__main__":
    main()
